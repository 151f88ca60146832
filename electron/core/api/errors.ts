import { ZodError } from 'zod';
import { ApiError, describeZodError, type ApiErrorCode } from '../../../shared/api.js';
import { ImportError, CancelledError } from '../import/index.js';
import { JobCancelledError } from '../jobs/index.js';
import { ProjectError } from '../store/index.js';

/** The error every facade call throws: a code the UI can act on and a sentence a seller can read. */
export { ApiError };

export const notAvailable = (what: string): ApiError =>
  new ApiError('not_available', `${what} is not available yet in this version of Catalog Doctor`);

export const noProject = (): ApiError =>
  new ApiError('no_project', 'no project is open: create one, open one, or try the sample catalog');

/** Turns whatever an engine module threw into an ApiError, keeping its message. */
export function toApiError(err: unknown, method = ''): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof ZodError) return new ApiError('bad_input', describeZodError(method, err));
  if (err instanceof ImportError) return new ApiError('import_error', err.message);
  if (err instanceof CancelledError || err instanceof JobCancelledError)
    return new ApiError('cancelled', 'cancelled; the project is unchanged');
  if (err instanceof ProjectError) return new ApiError('bad_input', err.message);
  const e = err as { name?: string; message?: string };
  // Other engineers' modules signal a missing capability with this name (electron/cli/errors.ts does too).
  if (e?.name === 'NotAvailableError') return new ApiError('not_available', e.message ?? 'not available yet');
  const code: ApiErrorCode = 'internal';
  return new ApiError(code, e?.message ?? String(err));
}
