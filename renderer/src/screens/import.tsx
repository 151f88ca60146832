import { useEffect, useState } from 'react';
import type { FileRef, ImportPreview, JobState } from '../../../shared/api.js';
import { JobProgress } from '../components/job-progress.js';
import { useApp } from '../state.js';

const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'iso-8859-1', 'shift_jis', 'gbk'];
const IGNORE = '';

/** Import: preview, what was detected (overridable), the column mapping (editable), then progress with cancel. */
export function ImportScreen({ file, onDone }: { file: FileRef; onDone: () => void }) {
  const { api, fail, dataChanged, refreshInfo, notify } = useApp();
  const [encoding, setEncoding] = useState<string | undefined>(undefined);
  const [layout, setLayout] = useState<string>('auto');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<Record<string, string | null>>({});
  const [jobId, setJobId] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.call('import.preview', { file, encoding }).then((p) => {
      if (!live) return;
      setPreview(p);
      setMapping(p.mapping);
    }, fail);
    return () => {
      live = false;
    };
  }, [api, file, encoding, fail]);

  if (!preview) return <p className="muted">Reading {file.name}…</p>;

  const start = async () => {
    try {
      const r = await api.call('import.start', {
        file,
        encoding,
        layout,
        mapping: layout === 'auto' || layout === preview.layout ? mapping : undefined,
      });
      setJobId(r.jobId);
    } catch (err) {
      fail(err);
    }
  };

  const settled = async (job: JobState) => {
    setJobId(null);
    if (job.state === 'done' && job.result) {
      await refreshInfo();
      dataChanged();
      const rej = job.result.rejected ? `; ${job.result.rejected} rows could not be read and were kept aside` : '';
      notify({ kind: 'info', text: `Imported ${job.result.products.toLocaleString('en')} products from ${file.name}${rej}` });
      onDone();
    } else if (job.state === 'cancelled') notify({ kind: 'info', text: 'Import cancelled; the project is unchanged' });
    else notify({ kind: 'error', text: job.error ?? 'the import failed' });
  };

  const customs = Object.values(mapping).filter((v): v is string => !!v && !preview.fields.includes(v));
  return (
    <section className="import" aria-labelledby="import-title">
      <h1 id="import-title">Import {file.name}</h1>
      <div className="detected" role="group" aria-label="What was detected">
        <span>
          Format <strong>{preview.format.toUpperCase()}</strong>
        </span>
        {preview.delimiter !== null && (
          <span>
            Delimiter <strong>{preview.delimiter === '\t' ? 'tab' : preview.delimiter}</strong>
          </span>
        )}
        <label>
          Encoding{' '}
          <select value={encoding ?? preview.encoding} onChange={(e) => setEncoding(e.target.value)}>
            {[...new Set([preview.encoding, ...ENCODINGS])].map((e) => (
              <option key={e}>{e}</option>
            ))}
          </select>
        </label>
        <label>
          Layout{' '}
          <select value={layout} onChange={(e) => setLayout(e.target.value)}>
            <option value="auto">detected: {preview.layout}</option>
            {preview.layouts.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="muted">Check where each column goes. Columns that match no standard field are kept as custom attributes.</p>
      <div className="preview-wrap">
        <table className="preview">
          <thead>
            <tr>
              {preview.header.map((h, i) => (
                <th key={i} scope="col">
                  <div className="colname">{h || `column ${i + 1}`}</div>
                  <select
                    aria-label={`Field for column ${h || i + 1}`}
                    value={mapping[h] ?? IGNORE}
                    onChange={(e) => setMapping({ ...mapping, [h]: e.target.value === IGNORE ? null : e.target.value })}
                  >
                    <option value={IGNORE}>(ignore)</option>
                    {[...new Set([h, ...customs])]
                      .filter((c) => c && !preview.fields.includes(c))
                      .map((c) => (
                        <option key={`custom:${c}`} value={c}>
                          custom: {c}
                        </option>
                      ))}
                    {preview.fields.map((f) => (
                      <option key={f} value={f}>
                        {f}
                      </option>
                    ))}
                  </select>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((r, i) => (
              <tr key={i}>
                {preview.header.map((_, j) => (
                  <td key={j}>{r[j]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {jobId ? (
        <JobProgress jobId={jobId} label="Importing" onSettled={(j) => void settled(j)} />
      ) : (
        <div className="actions">
          <button className="primary" onClick={() => void start()}>
            Import products
          </button>
        </div>
      )}
    </section>
  );
}
