/**
 * A map that keeps only its `capacity` most recently used entries. The analysis cache holds each
 * state's fitted model (its Cholesky factor) and 10,000-candidate search: kept for every state of a
 * long history they grew without bound (7.6 to 87 MB over 200 steps). What is dropped is recomputed
 * on demand, with the same result, since a state's analysis depends on the state alone.
 */
export class RecentMap<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(readonly capacity: number) {
    if (!(capacity >= 1)) throw new RangeError(`capacity must be at least 1, got ${capacity}`);
  }

  get size(): number {
    return this.entries.size;
  }

  /** The value, marked as just used; undefined when absent or dropped. */
  get(key: K): V | undefined {
    const v = this.entries.get(key);
    if (v === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, v);
    return v;
  }

  has(key: K): boolean {
    return this.entries.has(key);
  }

  /** Stores the value as the most recent entry and drops the least recently used past capacity. */
  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.capacity) break;
      this.entries.delete(oldest);
    }
  }

  /** The values, least recently used first; reading them does not mark them as used. */
  values(): IterableIterator<V> {
    return this.entries.values();
  }

  clear(): void {
    this.entries.clear();
  }
}
