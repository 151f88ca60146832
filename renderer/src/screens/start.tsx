import { useState, type DragEvent } from 'react';
import { useApp } from '../state.js';

const ACCEPT = '.csv,.tsv,.txt,.tab,.xlsx,.json,.jsonl,.xml,.cdoc';

/** First screen: try the sample, import a catalog (picker or drop), open a recent project, start empty. */
export function StartScreen() {
  const { api, info, go, setProject, fail, startImport, refreshInfo } = useApp();
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState(false);

  const run = async (f: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await f();
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file) void startImport(file);
  };

  return (
    <section className="start" aria-labelledby="start-title">
      <h1 id="start-title">Clean your product catalog, offline</h1>
      <p className="lead">Import your product file, see what marketplaces would reject, fix it, and export a clean feed.</p>
      <div
        className={`dropzone${over ? ' over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p>Drop a catalog file here (CSV, TSV, Excel, JSON, XML)</p>
        <label className="button primary">
          Choose a catalog file…
          <input
            type="file"
            accept={ACCEPT}
            className="visually-hidden"
            aria-label="Choose a catalog file to import"
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) void startImport(f);
            }}
          />
        </label>
      </div>
      <div className="start-actions">
        {info?.sampleAvailable && (
          <button
            disabled={busy}
            onClick={() =>
              void run(async () => {
                setProject(await api.call('project.openSample', {}));
                go('catalog');
              })
            }
          >
            Try the sample catalog
          </button>
        )}
        <button
          disabled={busy}
          onClick={() =>
            void run(async () => {
              setProject(await api.call('project.new', {}));
              await refreshInfo();
            })
          }
        >
          New empty project
        </button>
      </div>
      {info && info.recent.length > 0 && (
        <section aria-labelledby="recent-title" className="recent">
          <h2 id="recent-title">Recent projects</h2>
          <ul>
            {info.recent.map((r) => (
              <li key={r.path}>
                <button
                  className="link"
                  title={r.path}
                  onClick={() =>
                    void run(async () => {
                      setProject(await api.call('project.open', { path: r.path }));
                      go('catalog');
                    })
                  }
                >
                  {r.name}
                </button>
                <span className="muted"> opened {new Date(r.openedAt).toLocaleString()}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
