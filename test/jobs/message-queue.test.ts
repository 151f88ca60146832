import { describe, expect, it } from 'vitest';
import { MessageQueue } from '../../electron/core/jobs/index.js';

describe('MessageQueue', () => {
  it('hands messages over in arrival order across compactions, and wakes a waiting reader', async () => {
    const q = new MessageQueue<number>();
    const read: number[] = [];
    const reader = (async () => {
      while (read.length < 500) {
        if (q.size) read.push(q.take());
        else await q.wait();
      }
    })();
    // Bursts larger than the compaction threshold, with the reader waiting in between.
    for (let i = 0; i < 500; i++) {
      q.push(i);
      if (i % 97 === 0) await new Promise((r) => setImmediate(r));
    }
    await reader;
    expect(read).toEqual([...Array(500).keys()]);
    expect(q.size).toBe(0);
  });

  it('wakes the reader on notify without a message', async () => {
    const q = new MessageQueue<string>();
    let woke = false;
    const waiting = q.wait().then(() => (woke = true));
    q.notify();
    await waiting;
    expect(woke).toBe(true);
    expect(q.size).toBe(0);
  });
});
