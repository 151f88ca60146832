/*
 * How a worker thread reports a failure. Apart from thread.ts so a worker imports only this, not
 * what starts workers (which loads node:crypto and the dev-time bundler glue).
 */

/** What a worker posts when it fails: enough to rebuild a meaningful error on the main thread. */
export interface WorkerFailure {
  type: 'failure';
  error: { name: string; message: string; stack?: string; [detail: string]: unknown };
}

/** Turns an error thrown inside a worker into the message that carries it to the main thread. */
export function failureMessage(err: unknown): WorkerFailure {
  if (err instanceof Error) {
    const details: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(err))
      if (v === undefined || ['string', 'number', 'boolean'].includes(typeof v)) details[k] = v;
    return { type: 'failure', error: { ...details, name: err.name, message: err.message, stack: err.stack } };
  }
  return { type: 'failure', error: { name: 'Error', message: String(err) } };
}
