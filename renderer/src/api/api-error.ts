import { ApiError, isErrorCode } from '../../../shared/api-error.js';

export { ApiError };

/** The bridge's error body (`{ error: { code, message } }`) as an ApiError, or null if it is not one. */
export function errorFromBody(body: unknown): ApiError | null {
  const e = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  if (!isErrorCode(e?.code) || typeof e.message !== 'string') return null;
  return new ApiError(e.code, e.message);
}
