/*
 * A batch's products as they cross from the worker to the inserting thread: two Int32Arrays and a
 * few strings, instead of an array holding every value. Copying a message between threads makes
 * every string in it anew on the receiving side, and the inserting thread is the import's
 * bottleneck: it receives a few long texts faster than many short values, and cuts the values out
 * of them (text.slice shares the text's memory). Receiving 100k products' values took that thread
 * 113-170 ms as arrays, 39-95 ms as texts of 37 KB. Each text stays under V8's regular object size
 * (128 KiB): a longer string gets pages of its own, and fresh pages are slow here (148 KB texts:
 * 255-290 ms).
 */

/** Characters per text (at most two bytes each, so under 128 KiB with the last value's overshoot). */
export const TEXT_CHUNK = 56 * 1024;
/** Characters of text after which the producer sends its batch (bounds a batch of long descriptions). */
export const BATCH_TEXT = 128 * 1024;

export interface PackedProducts {
  /** Per product: its insert form's number, then its row number. */
  heads: Int32Array;
  /**
   * Per bound value after those, in the form's order: where it ends, counted in characters over
   * the texts one after another, or -1 for NULL. No value runs across two texts.
   */
  ends: Int32Array;
  /** The bound text values, back to back. */
  texts: string[];
}

export function noProducts(): PackedProducts {
  return { heads: new Int32Array(0), ends: new Int32Array(0), texts: [] };
}

/** Collects products' values in the worker; `pack()` hands them over and starts afresh. */
export class ProductsPacker {
  private heads: number[] = [];
  private ends: number[] = [];
  private texts: string[] = [];
  private parts: string[] = [];
  /** Characters in `parts`, and in the texts before them. */
  private chunk = 0;
  private length = 0;

  /** Starts a product: its form's number and row number. */
  head(form: number, rowNo: number): void {
    this.heads.push(form, rowNo);
  }

  /** The product's next bound value. */
  value(v: string | null): void {
    if (v === null) {
      this.ends.push(-1);
      return;
    }
    if (this.chunk > 0 && this.chunk + v.length > TEXT_CHUNK) this.closeChunk();
    this.parts.push(v);
    this.chunk += v.length;
    this.ends.push(this.length + this.chunk);
  }

  /** Characters of text so far. */
  get textLength(): number {
    return this.length + this.chunk;
  }

  pack(): PackedProducts {
    if (this.chunk > 0) this.closeChunk();
    const packed = { heads: Int32Array.from(this.heads), ends: Int32Array.from(this.ends), texts: this.texts };
    this.heads = [];
    this.ends = [];
    this.texts = [];
    this.length = 0;
    return packed;
  }

  private closeChunk(): void {
    this.texts.push(this.parts.join(''));
    this.parts = [];
    this.length += this.chunk;
    this.chunk = 0;
  }
}

/** Reads packed products back in order: for each product form() and rowNo(), then as many value()s as its form binds. */
export class PackedReader {
  private h = 0;
  private e = 0;
  /** The text values are cut from, where it starts and ends, and where the next value starts (in characters over all texts). */
  private t = -1;
  private text = '';
  private base = 0;
  private limit = 0;
  private at = 0;

  constructor(private readonly p: PackedProducts) {}

  get done(): boolean {
    return this.h >= this.p.heads.length;
  }

  /** The next product's form number; its row number follows through rowNo(). */
  form(): number {
    return this.p.heads[this.h++]!;
  }

  rowNo(): number {
    return this.p.heads[this.h++]!;
  }

  value(): string | null {
    const end = this.p.ends[this.e++]!;
    if (end < 0) return null;
    while (end > this.limit) {
      this.text = this.p.texts[++this.t]!;
      this.base = this.limit;
      this.limit += this.text.length;
    }
    const v = this.text.slice(this.at - this.base, end - this.base);
    this.at = end;
    return v;
  }
}
