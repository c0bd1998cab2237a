// A per-process cache for data that changes rarely and is read on every booking (a service, the cleaners with a
// skill). A CloudBase function instance serves many invocations in turn, so one read can serve the next ones.
// Entries expire by the invocation's clock (ctx.now), never the wall clock: staleness is bounded by the TTL in
// production, and a test or demo that moves the local clock past the TTL reads fresh data. Concurrent misses share
// one read (the entry holds the promise); a failed read is not kept.

export interface Cached<V> {
  value: V
  /** which read this is: `refresh` compares it to tell whether someone has read again since */
  serial: number
  /** true when this call did the read (the value is as fresh as it gets) */
  read: boolean
}

interface Entry<V> { readAt: number; serial: number; value: Promise<V> }

export class TtlCache<K, V> {
  private entries = new Map<K, Entry<V>>()
  private serials = 0

  constructor(readonly ttlMs: number, private readonly maxEntries = 1000) {}

  /** The cached value when it was read within the TTL before `now` (and not after it: the clock may move back). */
  async get(key: K, now: Date, load: () => Promise<V>): Promise<Cached<V>> {
    const hit = this.entries.get(key)
    return hit && this.live(hit, now) ? this.settle(key, hit, false) : this.read(key, now, load)
  }

  /**
   * A value read after `seen`: the one another caller has read since, or a new read. Callers that found the cached
   * value wanting at the same time share one read.
   */
  async refresh(key: K, now: Date, load: () => Promise<V>, seen: Cached<V>): Promise<Cached<V>> {
    const hit = this.entries.get(key)
    return hit && hit.serial > seen.serial && this.live(hit, now) ? this.settle(key, hit, false) : this.read(key, now, load)
  }

  /** Forget one key (or everything): the next get reads again. */
  clear(key?: K): void {
    if (key === undefined) this.entries.clear()
    else this.entries.delete(key)
  }

  private live(e: Entry<V>, now: Date): boolean {
    const t = now.getTime()
    return t >= e.readAt && t - e.readAt < this.ttlMs
  }

  private read(key: K, now: Date, load: () => Promise<V>): Promise<Cached<V>> {
    const entry: Entry<V> = { readAt: now.getTime(), serial: ++this.serials, value: load() }
    if (this.entries.size >= this.maxEntries) this.entries.clear()
    this.entries.set(key, entry)
    return this.settle(key, entry, true)
  }

  private async settle(key: K, entry: Entry<V>, read: boolean): Promise<Cached<V>> {
    try {
      return { value: await entry.value, serial: entry.serial, read }
    } catch (e) {
      if (this.entries.get(key) === entry) this.entries.delete(key)
      throw e
    }
  }
}
