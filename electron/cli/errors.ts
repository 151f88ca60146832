/** A mistake in how the command was called: exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A feature another issue delivers; the message says so plainly. */
export class NotAvailableError extends Error {
  constructor(what: string) {
    super(`${what} is not available yet in this version of Catalog Doctor`);
    this.name = 'NotAvailableError';
  }
}
