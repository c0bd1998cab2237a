// The per-instance cache behind the booking path: expiry by the invocation's clock, one read for concurrent misses,
// failed reads not kept, refresh shared by callers that found the same value wanting.
import { TtlCache } from '../../../cloudfunctions/core/data/ttlCache'

const at = (ms: number) => new Date(Date.UTC(2026, 11, 2, 12) + ms)

function counter() {
  let reads = 0
  return { load: async () => ++reads, reads: () => reads }
}

test('a value is served from the cache within the TTL and read again once it has passed', async () => {
  const c = new TtlCache<string, number>(30_000)
  const src = counter()
  expect(await c.get('k', at(0), src.load)).toMatchObject({ value: 1, read: true })
  expect(await c.get('k', at(29_999), src.load)).toMatchObject({ value: 1, read: false })
  expect(await c.get('k', at(30_000), src.load)).toMatchObject({ value: 2, read: true })
  expect(src.reads()).toBe(2)
})

test('a clock moved back before the read does not serve the old value', async () => {
  const c = new TtlCache<string, number>(30_000)
  const src = counter()
  await c.get('k', at(10_000), src.load)
  expect((await c.get('k', at(9_000), src.load)).value).toBe(2)
})

test('concurrent misses share one read; keys are separate', async () => {
  const c = new TtlCache<string, number>(30_000)
  const src = counter()
  const got = await Promise.all([c.get('a', at(0), src.load), c.get('a', at(1), src.load), c.get('b', at(2), src.load)])
  expect(got.map((g) => g.value)).toEqual([1, 1, 2])
  expect(src.reads()).toBe(2)
})

test('a failed read is not kept: the next get reads again', async () => {
  const c = new TtlCache<string, number>(30_000)
  await expect(c.get('k', at(0), async () => { throw new Error('down') })).rejects.toThrow('down')
  expect((await c.get('k', at(1), async () => 7)).value).toBe(7)
})

test('refresh reads again, unless someone has read since the value the caller saw', async () => {
  const c = new TtlCache<string, number>(30_000)
  const src = counter()
  const seen = await c.get('k', at(0), src.load)
  const [r1, r2] = await Promise.all([c.refresh('k', at(5), src.load, seen), c.refresh('k', at(6), src.load, seen)])
  expect([r1.value, r2.value]).toEqual([2, 2])
  expect(src.reads()).toBe(2)
  expect((await c.refresh('k', at(7), src.load, r1)).value).toBe(3)
})

test('clear forgets one key or all of them', async () => {
  const c = new TtlCache<string, number>(30_000)
  const src = counter()
  await c.get('a', at(0), src.load)
  await c.get('b', at(0), src.load)
  c.clear('a')
  expect((await c.get('a', at(1), src.load)).value).toBe(3)
  expect((await c.get('b', at(1), src.load)).value).toBe(2)
  c.clear()
  expect((await c.get('b', at(2), src.load)).value).toBe(4)
})
