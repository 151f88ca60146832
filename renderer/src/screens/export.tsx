import { useEffect, useState } from 'react';
import type { ChangeSummary, ExportCheck, ExportResult } from '../../../shared/api.js';
import { useApp } from '../state.js';

/** Export: pick profiles, see blocking errors and warnings first, write, then what changed versus the original. */
export function ExportScreen() {
  const { api, info, fail, dataVersion, notify } = useApp();
  const profiles = info?.capabilities.profiles ?? [];
  const [chosen, setChosen] = useState<string[]>([]);
  const [checks, setChecks] = useState<ExportCheck[]>([]);
  const [results, setResults] = useState<ExportResult[]>([]);
  const [changes, setChanges] = useState<ChangeSummary | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.call('export.changes', { limit: 200 }).then(setChanges, fail);
  }, [api, fail, dataVersion]);

  useEffect(() => {
    if (chosen.length === 0) return setChecks([]);
    api.call('export.check', { profiles: chosen }).then((r) => setChecks(r.checks), fail);
  }, [api, fail, chosen, dataVersion]);

  const write = async () => {
    setBusy(true);
    const done: ExportResult[] = [];
    try {
      for (const p of chosen) done.push(await api.call('export.write', { profile: p }));
      notify({ kind: 'info', text: `Wrote ${done.length} file${done.length > 1 ? 's' : ''}` });
    } catch (err) {
      fail(err);
    } finally {
      setResults(done);
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="export-title" className="export">
      <h1 id="export-title">Export</h1>
      <fieldset>
        <legend>Write a feed for</legend>
        {profiles.map((p) => (
          <label key={p.profile} className="check">
            <input
              type="checkbox"
              checked={chosen.includes(p.profile)}
              onChange={(e) => setChosen(e.target.checked ? [...chosen, p.profile] : chosen.filter((x) => x !== p.profile))}
            />{' '}
            {p.profile === 'source' ? 'source (your own layout, with your fixes)' : p.profile}{' '}
            <span className="muted">({p.formats.join(', ')})</span>
          </label>
        ))}
      </fieldset>
      {checks.length > 0 && (
        <section aria-label="Checks before export" className="checks">
          {checks.map((c) => (
            <div key={c.profile} className={`check-result ${c.errors ? 'sev-error' : c.warnings ? 'sev-warning' : ''}`}>
              <strong>{c.profile}</strong>: {c.errors} blocking errors, {c.warnings} warnings
              {c.note && <div className="muted">{c.note}</div>}
              {c.examples.length > 0 && (
                <ul>
                  {c.examples.map((e, i) => (
                    <li key={i}>
                      Row {e.row}, {e.field}: {e.message}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </section>
      )}
      <div className="actions">
        <button className="primary" disabled={chosen.length === 0 || busy} onClick={() => void write()}>
          Write {chosen.length || ''} file{chosen.length === 1 ? '' : 's'}
        </button>
      </div>
      {results.length > 0 && (
        <table className="list" aria-label="Files written">
          <thead>
            <tr>
              <th scope="col">Profile</th>
              <th scope="col">File</th>
              <th scope="col">Rows</th>
              <th scope="col">Notes</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {results.map((r) => (
              <tr key={r.exportId}>
                <td>{r.profile}</td>
                <td className="path">{r.path}</td>
                <td>{r.rows.toLocaleString('en')}</td>
                <td className="notes">
                  {r.warnings.length > 0 && (
                    <ul className="export-warnings" aria-label={`Notes on the ${r.profile} file`}>
                      {r.warnings.map((w) => (
                        <li key={w}>{w}</li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  <button onClick={() => void api.deliver(r.exportId, r.path).catch(fail)}>Get the file</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section aria-labelledby="changes-title">
        <h2 id="changes-title">Changes versus your original file</h2>
        {changes && changes.products === 0 && (
          <p className="muted">No changes yet: the export will match your original values.</p>
        )}
        {changes && changes.products > 0 && (
          <>
            <p>
              {changes.products.toLocaleString('en')} products changed:{' '}
              {changes.byField.map((f) => `${f.field} ${f.count.toLocaleString('en')}`).join(', ')}
            </p>
            <table className="list diff" aria-label="Changed values">
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Id</th>
                  <th scope="col">Field</th>
                  <th scope="col">Original</th>
                  <th scope="col">Now</th>
                </tr>
              </thead>
              <tbody>
                {changes.items.map((c) => (
                  <tr key={`${c.pid}/${c.field}`}>
                    <td>{c.row}</td>
                    <td>{c.id}</td>
                    <td>{c.field}</td>
                    <td className="old">{c.original ?? '∅'}</td>
                    <td className="new">{c.current ?? '∅'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </section>
  );
}
