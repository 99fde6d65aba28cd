/** Counts per pair of people, by their places among those shown: a dense table while it is small. */
export class PairTable {
  private readonly dense: Int32Array | null;
  private readonly sparse = new Map<number, number>();

  constructor(private readonly size: number) {
    this.dense = size * size <= 8_000_000 ? new Int32Array(size * size) : null;
  }

  get(a: number, b: number): number {
    const key = a * this.size + b;
    return this.dense ? this.dense[key]! : (this.sparse.get(key) ?? 0);
  }

  set(a: number, b: number, value: number): void {
    const key = a * this.size + b;
    if (this.dense) this.dense[key] = value;
    else this.sparse.set(key, value);
  }

  /** Adds one to the pair taken in either order: kept under (lower, higher). */
  countUnordered(a: number, b: number): void {
    const lo = a < b ? a : b;
    const hi = a < b ? b : a;
    this.set(lo, hi, this.get(lo, hi) + 1);
  }

  /** Sets the pair taken in either order to 1. */
  markUnordered(a: number, b: number): void {
    this.set(a < b ? a : b, a < b ? b : a, 1);
  }
}
