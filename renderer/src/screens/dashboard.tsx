import { useEffect, useState } from 'react';
import type { Dashboard } from '../../../shared/api.js';
import { BarChart } from '../components/bar-chart.js';
import { useApp } from '../state.js';

const profileName = (p: string) => (p ? p : 'catalog consistency');

/** Quality score per profile at import and now; findings by rule, by category and by severity. */
export function DashboardScreen() {
  const { api, fail, go, dataVersion } = useApp();
  const [d, setD] = useState<Dashboard | null>(null);

  useEffect(() => {
    api.call('dashboard.get', {}).then(setD, fail);
  }, [api, fail, dataVersion]);

  if (!d) return <p className="muted">Loading the dashboard…</p>;
  return (
    <section aria-labelledby="dashboard-title" className="dashboard">
      <h1 id="dashboard-title">Dashboard</h1>
      {!d.audited ? (
        <p className="muted">
          No audit yet. <button onClick={() => go('findings')}>Run the audit</button> to see the quality score.
        </p>
      ) : (
        <>
          <table className="list scores" aria-label="Quality score per profile">
            <thead>
              <tr>
                <th scope="col">Profile</th>
                <th scope="col">At import</th>
                <th scope="col">Now</th>
                <th scope="col">Change</th>
                <th scope="col">Products below 60</th>
              </tr>
            </thead>
            <tbody>
              {d.scores.map((s) => (
                <tr key={s.profile} data-profile={s.profile}>
                  <th scope="row">{profileName(s.profile)}</th>
                  <td className="score-before">{s.before}</td>
                  <td className="score-after">
                    {s.after} <span className="muted">({s.grade})</span>
                  </td>
                  <td className={s.after > s.before ? 'up' : s.after < s.before ? 'down' : ''}>
                    {s.after === s.before ? '±0' : `${s.after > s.before ? '+' : ''}${s.after - s.before}`}
                  </td>
                  <td>{s.poor.toLocaleString('en')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="cards" role="group" aria-label="Findings by severity">
            {(['error', 'warning', 'info'] as const).map((s) => (
              <button
                key={s}
                className={`card sev-${s}`}
                data-severity={s}
                onClick={() => go('catalog', { filter: { severity: s } })}
              >
                <strong>{d.bySeverity[s].toLocaleString('en')}</strong>{' '}
                {s === 'error' ? 'errors' : s === 'warning' ? 'warnings' : 'notes'}
              </button>
            ))}
          </div>
        </>
      )}
      {d.byRule.length > 0 && (
        <div className="charts">
          <BarChart
            title="Findings by rule"
            unit="findings"
            bars={d.byRule.map((r) => ({
              key: r.rule,
              label: r.rule,
              value: r.count,
              tone: `sev-${r.severity}`,
              onSelect: () => go('catalog', { filter: { rule: r.rule } }),
            }))}
          />
          <BarChart
            title="Findings by category"
            unit="findings"
            bars={[
              ...d.byCategory.map((c) => ({ key: c.category, label: c.category || '(no category)', value: c.findings })),
              ...(d.otherCategories.categories
                ? [
                    {
                      key: '\u0000other',
                      label: `${d.otherCategories.categories} other categories`,
                      value: d.otherCategories.findings,
                    },
                  ]
                : []),
            ]}
          />
        </div>
      )}
    </section>
  );
}
