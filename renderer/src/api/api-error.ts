import type { ApiErrorCode } from '../../../shared/api.js';

/**
 * A failed call as the renderer sees it. The renderer takes only types from shared/api.ts: importing
 * a value from it would run every zod schema of the contract at start-up (they are module-level
 * calls no bundler can drop), about a quarter of the code the first screen waits for. The engine
 * validates on its side of both transports, so the renderer has no use for the schemas.
 */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  constructor(code: ApiErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

// Every code of the contract; the compiler fails here when the contract gains or loses one.
const CODES: Record<ApiErrorCode, true> = {
  bad_input: true,
  unauthorized: true,
  forbidden: true,
  not_found: true,
  no_project: true,
  not_available: true,
  import_error: true,
  cancelled: true,
  internal: true,
};

/** The bridge's error body (`{ error: { code, message } }`) as an ApiError, or null if it is not one. */
export function errorFromBody(body: unknown): ApiError | null {
  const e = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  if (typeof e?.code !== 'string' || typeof e.message !== 'string' || !Object.hasOwn(CODES, e.code)) return null;
  return new ApiError(e.code as ApiErrorCode, e.message);
}
