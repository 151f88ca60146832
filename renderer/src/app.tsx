import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { AppInfo, FileRef, MenuCommand, ProductFilter, ProjectSummary } from '../../shared/api.js';
import { ApiError } from './api/api-error.js';
import type { ApiClient } from './api/client.js';
import { AppContext, type AppState, type Notice, type Screen } from './state.js';
import { StartScreen } from './screens/start.js';
import { CatalogScreen } from './screens/catalog.js';
import { isTyping } from './keys.js';
import { dropBoot, takeBootInfo } from './boot.js';
import { count } from './numbers.js';

// The start screen and the grid come with the app; the other screens load when first opened, so
// the code the first screen waits for stays small.
const ImportScreen = lazy(() => import('./screens/import.js').then((m) => ({ default: m.ImportScreen })));
const DashboardScreen = lazy(() => import('./screens/dashboard.js').then((m) => ({ default: m.DashboardScreen })));
const FindingsScreen = lazy(() => import('./screens/findings.js').then((m) => ({ default: m.FindingsScreen })));
const SuggestionsScreen = lazy(() => import('./screens/suggestions.js').then((m) => ({ default: m.SuggestionsScreen })));
const ExportScreen = lazy(() => import('./screens/export.js').then((m) => ({ default: m.ExportScreen })));

const TABS: { screen: Screen; label: string }[] = [
  { screen: 'catalog', label: 'Catalog' },
  { screen: 'dashboard', label: 'Dashboard' },
  { screen: 'findings', label: 'Findings' },
  { screen: 'suggestions', label: 'Suggestions' },
  { screen: 'export', label: 'Export' },
];

export function App({ api }: { api: ApiClient }) {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [project, setProject] = useState<ProjectSummary | null>(null);
  const [screen, setScreen] = useState<Screen>('start');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [dataVersion, setDataVersion] = useState(0);
  const [gridFilter, setGridFilter] = useState<ProductFilter>({});
  const [importFile, setImportFile] = useState<FileRef | null>(null);

  const fail = useCallback((err: unknown) => {
    const e = err instanceof ApiError ? err : new ApiError('internal', err instanceof Error ? err.message : String(err));
    setNotice({ kind: e.code === 'not_available' ? 'unavailable' : 'error', text: e.message });
  }, []);

  const refreshInfo = useCallback(async () => {
    try {
      // The first time, the answer asked for at start-up (boot.ts).
      const i = await (takeBootInfo() ?? api.call('app.info', {}));
      if (!i.project) dropBoot();
      setInfo(i);
      setProject(i.project);
      if (i.project) setScreen((s) => (s === 'start' ? 'catalog' : s));
    } catch (err) {
      fail(err);
    }
  }, [api, fail]);

  useEffect(() => {
    void refreshInfo();
  }, [refreshInfo]);

  const dataChanged = useCallback((p?: ProjectSummary) => {
    if (p) setProject(p);
    setDataVersion((v) => v + 1);
  }, []);

  const history = useCallback(
    async (which: 'undo' | 'redo') => {
      if (!project) return;
      try {
        const r = await api.call(which === 'undo' ? 'history.undo' : 'history.redo', {});
        dataChanged(r.project);
        setNotice({
          kind: 'info',
          text: r.batch ? `${which === 'undo' ? 'Undid' : 'Redid'}: ${r.batch.why}` : `Nothing to ${which}`,
        });
      } catch (err) {
        fail(err);
      }
    },
    [api, project, dataChanged, fail],
  );

  const startImport = useCallback(
    async (file: File) => {
      try {
        setNotice({ kind: 'info', text: `Reading ${file.name}…` });
        const ref = await api.fileRef(file);
        if (ref.name.toLowerCase().endsWith('.cdoc')) {
          setProject(await api.call('project.open', { path: ref.path }));
          setScreen('catalog');
          setNotice(null);
          return;
        }
        if (!project) setProject(await api.call('project.new', {}));
        setImportFile(ref);
        setScreen('import');
        setNotice(null);
      } catch (err) {
        fail(err);
      }
    },
    [api, project, fail],
  );

  // Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z everywhere (a text field keeps its own undo while typing).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || isTyping(e.target)) return;
      const k = e.key.toLowerCase();
      if (k === 'z' || k === 'y') {
        e.preventDefault();
        void history(k === 'y' || e.shiftKey ? 'redo' : 'undo');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [history]);

  // Native menu commands (desktop app only; the browser has none).
  useEffect(
    () =>
      api.onMenu((cmd: MenuCommand) => {
        if (cmd === 'undo' || cmd === 'redo') void history(cmd);
        else if (cmd === 'export') setScreen('export');
        else if (cmd === 'new' || cmd === 'open' || cmd === 'import') setScreen('start');
        else if (cmd === 'sample')
          void api.call('project.openSample', {}).then((p) => (setProject(p), setScreen('catalog')), fail);
        else if (cmd.startsWith('recent:'))
          void api.call('project.open', { path: cmd.slice(7) }).then((p) => (setProject(p), setScreen('catalog')), fail);
      }),
    [api, history, fail],
  );

  const state: AppState = useMemo(
    () => ({
      api,
      info,
      project,
      dataVersion,
      setProject,
      dataChanged,
      go: (s: Screen, opts?: { filter?: ProductFilter }) => {
        if (opts?.filter) setGridFilter(opts.filter);
        setScreen(s);
      },
      notify: setNotice,
      fail,
      refreshInfo,
      startImport,
      gridFilter,
      setGridFilter,
    }),
    [api, info, project, dataVersion, dataChanged, fail, refreshInfo, startImport, gridFilter],
  );

  return (
    <AppContext.Provider value={state}>
      <div className="app">
        <header className="topbar">
          <button className="brand" onClick={() => setScreen('start')} title="Start screen">
            Catalog Doctor
          </button>
          {project && (
            <>
              <span className="project-name" title={project.path}>
                {project.name} · {count(project.products)} products
              </span>
              <nav aria-label="Screens" className="tabs">
                {TABS.map((t) => (
                  <button
                    key={t.screen}
                    aria-current={screen === t.screen ? 'page' : undefined}
                    onClick={() => setScreen(t.screen)}
                  >
                    {t.label}
                  </button>
                ))}
              </nav>
              <div className="history">
                <button
                  onClick={() => void history('undo')}
                  disabled={!project.canUndo}
                  title={project.undoLabel ? `Undo: ${project.undoLabel} (Ctrl+Z)` : 'Nothing to undo'}
                  aria-label="Undo"
                >
                  ↶ Undo
                </button>
                <button
                  onClick={() => void history('redo')}
                  disabled={!project.canRedo}
                  title={project.redoLabel ? `Redo: ${project.redoLabel} (Shift+Ctrl+Z)` : 'Nothing to redo'}
                  aria-label="Redo"
                >
                  ↷ Redo
                </button>
              </div>
            </>
          )}
        </header>
        {notice && (
          <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
            <span>{notice.text}</span>
            <button onClick={() => setNotice(null)} aria-label="Dismiss message">
              ×
            </button>
          </div>
        )}
        <main className="screen">
          <Suspense fallback={<p className="muted">Loading…</p>}>
            {screen === 'start' && <StartScreen />}
            {screen === 'import' && importFile && <ImportScreen file={importFile} onDone={() => setScreen('catalog')} />}
            {screen === 'catalog' && project && <CatalogScreen />}
            {screen === 'dashboard' && project && <DashboardScreen />}
            {screen === 'findings' && project && <FindingsScreen />}
            {screen === 'suggestions' && project && <SuggestionsScreen />}
            {screen === 'export' && project && <ExportScreen />}
          </Suspense>
        </main>
      </div>
    </AppContext.Provider>
  );
}
