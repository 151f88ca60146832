/**
 * Messages from elsewhere (a worker thread, several of them) read in arrival order by one consumer.
 * A taken message is released at once, so a long stream (a 1M audit sends about 1,000 batches) never
 * stays reachable from the queue; the array is compacted once most of it has been taken.
 */
export class MessageQueue<T> {
  private items: (T | undefined)[] = [];
  private head = 0;
  private wake: (() => void) | null = null;

  get size(): number {
    return this.items.length - this.head;
  }

  push(message: T): void {
    this.items.push(message);
    this.notify();
  }

  /** Wakes the waiting consumer without a message: something else (a failure, an exit) changed. */
  notify(): void {
    const w = this.wake;
    this.wake = null;
    w?.();
  }

  /** The oldest message; call only when `size > 0`. */
  take(): T {
    const m = this.items[this.head] as T;
    this.items[this.head++] = undefined;
    if (this.head > 64 && this.head * 2 > this.items.length) {
      this.items.splice(0, this.head);
      this.head = 0;
    }
    return m;
  }

  /** Resolves at the next `push` or `notify`. */
  wait(): Promise<void> {
    return new Promise<void>((r) => (this.wake = r));
  }
}
