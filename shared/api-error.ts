/*
 * The contract's error codes and error class, in a file of their own with no zod: the renderer needs
 * them at start-up, and importing any value from shared/api.ts would run every zod schema of the
 * contract there (module-level calls no bundler can drop).
 */

/** Why a call failed, as the UI shows it. `not_available` = a capability this build does not have yet. */
export const ERROR_CODES = [
  'bad_input',
  'unauthorized',
  'forbidden',
  'not_found',
  'no_project',
  'not_available',
  'import_error',
  'cancelled',
  'internal',
] as const;
export type ApiErrorCode = (typeof ERROR_CODES)[number];

/** A failed call, on either side of a transport. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  constructor(code: ApiErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

/** Whether a string is one of the contract's error codes. */
export function isErrorCode(code: unknown): code is ApiErrorCode {
  return typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);
}
