import { useCallback, useEffect, useState } from 'react';
import type { JobState, SuggestionItem, SuggestionList } from '../../../shared/api.js';
import { Evidence } from '../components/evidence.js';
import { JobProgress } from '../components/job-progress.js';
import { PhotosFolder } from '../components/photos-folder.js';
import { isTyping } from '../keys.js';
import { useApp } from '../state.js';

/** The review queue: accept (A), reject (R), edit (E), move with ↑/↓; bulk accept above a confidence threshold. */
export function SuggestionsScreen() {
  const { api, info, fail, dataVersion, dataChanged, notify } = useApp();
  const [field, setField] = useState<string>('');
  const [list, setList] = useState<SuggestionList | null>(null);
  const [groups, setGroups] = useState<{ field: string; sources: string; count: number }[]>([]);
  const [at, setAt] = useState(0);
  const [editing, setEditing] = useState<string | null>(null);
  const [threshold, setThreshold] = useState(0.9);
  const [preview, setPreview] = useState<{ count: number; products: number } | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const suggestAvailable = info?.capabilities.suggest ?? false;

  useEffect(() => {
    api.call('suggestions.list', { field: field || undefined, limit: 200 }).then(setList, fail);
    api.call('suggestions.groups', {}).then((g) => setGroups(g.groups), fail);
  }, [api, fail, field, dataVersion]);

  useEffect(() => {
    api.call('suggestions.bulkPreview', { minConfidence: threshold, field: field || undefined }).then(setPreview, fail);
  }, [api, fail, threshold, field, dataVersion]);

  const current = list?.items[Math.min(at, (list?.items.length ?? 1) - 1)];

  const accept = useCallback(
    async (s: SuggestionItem, value?: string) => {
      try {
        const r = await api.call('suggestions.accept', { ids: [s.id], value });
        setEditing(null);
        dataChanged(r.project);
      } catch (err) {
        fail(err);
      }
    },
    [api, dataChanged, fail],
  );
  const reject = useCallback(
    async (s: SuggestionItem) => {
      try {
        await api.call('suggestions.reject', { ids: [s.id] });
        dataChanged();
      } catch (err) {
        fail(err);
      }
    },
    [api, dataChanged, fail],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey || !current) return;
      const n = list?.items.length ?? 0;
      const k = e.key.toLowerCase();
      if (k === 'a') void accept(current);
      else if (k === 'r') void reject(current);
      else if (k === 'e') setEditing(current.suggested);
      else if (k === 'arrowdown' || k === 'j') setAt((i) => Math.min(n - 1, i + 1));
      else if (k === 'arrowup' || k === 'k') setAt((i) => Math.max(0, i - 1));
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [current, list, accept, reject]);

  const bulk = async () => {
    try {
      const r = await api.call('suggestions.bulkAccept', { minConfidence: threshold, field: field || undefined });
      dataChanged(r.project);
      notify({ kind: 'info', text: `Accepted ${r.batch?.changes ?? 0} suggestions in one step. Ctrl+Z undoes them all.` });
    } catch (err) {
      fail(err);
    }
  };
  const runSuggest = async () => {
    try {
      setJobId((await api.call('suggestions.run', {})).jobId);
    } catch (err) {
      fail(err);
    }
  };

  return (
    <section aria-labelledby="suggestions-title" className="suggestions">
      <h1 id="suggestions-title">Suggestions</h1>
      {!suggestAvailable && (
        <p className="notice notice-unavailable" role="status">
          Suggestions are not available yet in this version of Catalog Doctor. Suggestions already stored in this project can
          still be reviewed.
        </p>
      )}
      <div className="toolbar">
        {suggestAvailable && (
          <button className="primary" disabled={!!jobId} onClick={() => void runSuggest()}>
            Find suggestions
          </button>
        )}
        <label>
          Field{' '}
          <select value={field} onChange={(e) => (setField(e.target.value), setAt(0))}>
            <option value="">all fields</option>
            {[...new Set(groups.map((g) => g.field))].map((f) => (
              <option key={f}>{f}</option>
            ))}
          </select>
        </label>
        <label>
          Accept all at confidence ≥{' '}
          <input
            type="number"
            min={0}
            max={1}
            step={0.05}
            value={threshold}
            onChange={(e) => setThreshold(Number(e.target.value))}
            aria-label="Confidence threshold"
          />
        </label>
        <button disabled={!preview?.count} onClick={() => void bulk()}>
          Accept {preview?.count ?? 0} suggestions ({preview?.products ?? 0} products)
        </button>
      </div>
      {suggestAvailable && <PhotosFolder />}
      {jobId && (
        <JobProgress
          jobId={jobId}
          label="Finding suggestions"
          onSettled={(j: JobState) => (setJobId(null), dataChanged(), j.error && notify({ kind: 'error', text: j.error }))}
        />
      )}
      <ul className="groups" aria-label="Pending suggestions by field and source">
        {groups.map((g) => (
          <li key={`${g.field}/${g.sources}`}>
            {g.field} · {g.sources}: {g.count}
          </li>
        ))}
      </ul>
      {list && list.items.length === 0 && <p className="muted">No pending suggestions.</p>}
      {list && list.items.length > 0 && (
        <div className="review">
          <ol className="queue" aria-label="Suggestion queue">
            {list.items.map((s, i) => (
              <li key={s.id} aria-current={current?.id === s.id ? 'true' : undefined}>
                <button className="link" onClick={() => setAt(i)}>
                  Row {s.row} · {s.field}: {s.current ?? '∅'} → <strong>{s.suggested}</strong> ({Math.round(s.confidence * 100)}%)
                </button>
              </li>
            ))}
          </ol>
          {current && (
            <article className="suggestion" aria-label="Current suggestion">
              <h2>
                Row {current.row} {current.productId ? `(${current.productId})` : ''} — {current.field}
              </h2>
              <p>
                Now: <span className="old">{current.current ?? 'empty'}</span> → Suggested:{' '}
                {editing === null ? (
                  <strong className="new">{current.suggested}</strong>
                ) : (
                  <input
                    autoFocus
                    aria-label="Edited value"
                    value={editing}
                    onChange={(e) => setEditing(e.target.value)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') void accept(current, editing);
                      if (e.key === 'Escape') setEditing(null);
                    }}
                  />
                )}
              </p>
              <p>
                Confidence <strong>{Math.round(current.confidence * 100)}%</strong> · from {current.sources}
              </p>
              <Evidence s={current} />
              <div className="actions">
                <button className="primary" onClick={() => void accept(current, editing ?? undefined)}>
                  Accept (A)
                </button>
                <button onClick={() => void reject(current)}>Reject (R)</button>
                <button onClick={() => setEditing(current.suggested)}>Edit (E)</button>
              </div>
            </article>
          )}
        </div>
      )}
    </section>
  );
}
