import { createContext, useContext } from 'react';
import type { AppInfo, ProductFilter, ProjectSummary } from '../../shared/api.js';
import type { ApiClient } from './api/client.js';

export type Screen = 'start' | 'import' | 'catalog' | 'dashboard' | 'findings' | 'suggestions' | 'export';

export interface Notice {
  kind: 'error' | 'info' | 'unavailable';
  text: string;
}

export interface AppState {
  api: ApiClient;
  info: AppInfo | null;
  project: ProjectSummary | null;
  /** Every change to product data bumps this, so open screens refetch what they show. */
  dataVersion: number;
  setProject(p: ProjectSummary | null): void;
  dataChanged(p?: ProjectSummary): void;
  go(screen: Screen, opts?: { filter?: ProductFilter }): void;
  notify(n: Notice | null): void;
  /** Shows any failure the way the UI shows errors (unavailable capabilities get their own style). */
  fail(err: unknown): void;
  refreshInfo(): Promise<void>;
  startImport(file: File): Promise<void>;
  gridFilter: ProductFilter;
  setGridFilter(f: ProductFilter): void;
}

export const AppContext = createContext<AppState | null>(null);

export function useApp(): AppState {
  const s = useContext(AppContext);
  if (!s) throw new Error('useApp outside <App>');
  return s;
}
