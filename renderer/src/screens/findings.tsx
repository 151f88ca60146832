import { useEffect, useState } from 'react';
import type { FindingsSummary, JobState } from '../../../shared/api.js';
import { JobProgress } from '../components/job-progress.js';
import { useApp } from '../state.js';

/** Findings by rule and severity; a click filters the grid; deterministic fixes in one click. */
export function FindingsScreen() {
  const { api, info, fail, go, dataVersion, dataChanged, notify } = useApp();
  const [summary, setSummary] = useState<FindingsSummary | null>(null);
  const [profiles, setProfiles] = useState<string[]>([]);
  const [jobId, setJobId] = useState<string | null>(null);
  const auditAvailable = info?.capabilities.audit ?? false;

  useEffect(() => {
    api.call('findings.summary', {}).then(setSummary, fail);
  }, [api, fail, dataVersion]);

  const run = async () => {
    try {
      setJobId((await api.call('findings.run', { profiles })).jobId);
    } catch (err) {
      fail(err);
    }
  };
  const settled = (j: JobState) => {
    setJobId(null);
    if (j.state === 'failed') notify({ kind: 'error', text: j.error ?? 'the audit failed' });
    dataChanged();
  };
  const fix = async (rule: string) => {
    try {
      const r = await api.call('findings.fix', { rule });
      dataChanged(r.project);
      notify({
        kind: 'info',
        text: r.batch ? `Fixed ${r.batch.changes} values (${r.batch.why}). Ctrl+Z undoes it.` : 'Nothing left to fix',
      });
    } catch (err) {
      fail(err);
    }
  };

  return (
    <section aria-labelledby="findings-title">
      <h1 id="findings-title">Findings</h1>
      {!auditAvailable && (
        <p className="notice notice-unavailable" role="status">
          The audit is not available yet in this version of Catalog Doctor. Findings recorded by an earlier audit are shown below.
        </p>
      )}
      {auditAvailable && (
        <div className="toolbar" role="group" aria-label="Audit">
          <span>Check against:</span>
          {(info?.capabilities.auditProfiles ?? []).map((p) => (
            <label key={p}>
              <input
                type="checkbox"
                checked={profiles.includes(p)}
                onChange={(e) => setProfiles(e.target.checked ? [...profiles, p] : profiles.filter((x) => x !== p))}
              />{' '}
              {p}
            </label>
          ))}
          <button className="primary" disabled={!!jobId} onClick={() => void run()}>
            Run the audit
          </button>
        </div>
      )}
      {jobId && <JobProgress jobId={jobId} label="Auditing" onSettled={settled} />}
      {summary && (
        <>
          <div className="cards">
            {(['error', 'warning', 'info'] as const).map((s) => (
              <button key={s} className={`card sev-${s}`} onClick={() => go('catalog', { filter: { severity: s } })}>
                <strong>{(summary.bySeverity[s] ?? 0).toLocaleString('en')}</strong>{' '}
                {s === 'error' ? 'errors' : s === 'warning' ? 'warnings' : 'notes'}
              </button>
            ))}
            {Object.entries(summary.scores).map(([p, score]) => (
              <div key={p} className="card">
                <strong>{Math.round(score)}</strong> / 100 quality {p ? `for ${p}` : '(catalog)'}
              </div>
            ))}
          </div>
          {summary.byRule.length === 0 ? (
            <p className="muted">No findings recorded in this project.</p>
          ) : (
            <table className="list">
              <caption className="visually-hidden">Findings by rule</caption>
              <thead>
                <tr>
                  <th scope="col">Rule</th>
                  <th scope="col">Severity</th>
                  <th scope="col">Findings</th>
                  <th scope="col">Products</th>
                  <th scope="col">Example</th>
                  <th scope="col">Fix</th>
                </tr>
              </thead>
              <tbody>
                {summary.byRule.map((r) => (
                  <tr key={r.rule}>
                    <td>
                      <button
                        className="link"
                        onClick={() => go('catalog', { filter: { rule: r.rule } })}
                        title="Show these products in the catalog"
                      >
                        {r.rule}
                      </button>
                    </td>
                    <td className={`sev-${r.severity}`}>{r.severity}</td>
                    <td>{r.count.toLocaleString('en')}</td>
                    <td>{r.products.toLocaleString('en')}</td>
                    <td>{r.example}</td>
                    <td>
                      {r.fixable > 0 && <button onClick={() => void fix(r.rule)}>Fix {r.fixable.toLocaleString('en')}</button>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
