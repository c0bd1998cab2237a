// The local clock (local/clock.ts): moving it moves every function's ctx.now and db.serverDate(), runs each timer
// that fell due once, in order, and survives a restart. Driven over HTTP as `npm run clock` and the tests do.
import fs from 'node:fs'
import path from 'node:path'
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { keyHeader } from '../../helpers/api'
import { callFn, localLogin, okFn } from '../../helpers/api'
import { orderDoc, seedCustomer, getDoc } from '../../helpers/desk'
import { seedService } from '../../helpers/seed'
import { shanghaiDate, addDays } from '../../../cloudfunctions/core/rules/time'

jest.setTimeout(120_000)

let t: TestCloud
const H = 3600_000
const D = 24 * H

beforeAll(async () => { t = await startTestCloud() })
afterAll(async () => { await t?.close() })

async function clock(body?: Record<string, unknown>): Promise<any> {
  const res = await fetch(`${t.url}/api/_local/clock`, body
    ? { method: 'POST', headers: { 'content-type': 'application/json', ...keyHeader(t) }, body: JSON.stringify(body) }
    : { method: 'GET' })
  return res.json()
}

/** 03:00 Shanghai on the day `days` after today (real clock). */
function shanghaiMorning(days: number): Date {
  return new Date(`${addDays(shanghaiDate(new Date()), days)}T03:00:00+08:00`)
}

it('starts at the wall clock and refuses what is not a time', async () => {
  const r = await clock()
  expect(r.ok).toBe(true)
  expect(r.data.offsetMs).toBe(0)
  expect(Math.abs(new Date(r.data.now).getTime() - Date.now())).toBeLessThan(5000)
  for (const bad of [{}, { advanceBy: 'soon' }, { advanceBy: '7x' }, { set: 'tomorrow-ish' }, { advanceBy: 1e15 }]) {
    const b = await clock(bad)
    expect(b.ok).toBe(false)
    expect(b.error.code).toBe('INVALID_ARGUMENT')
    expect(b.error.message).toMatch(/[\u4e00-\u9fff]/)
  }
  expect((await clock()).data.offsetMs).toBe(0)
})

it('moving past the 02:00 tick auto-confirms a checked-out order once, and a later move does not run it again', async () => {
  const customerId = await seedCustomer(t)
  const checkOutAt = new Date(Date.now() - H)
  const { id } = await t.db.collection('orders').add(orderDoc({
    customerId, status: 'awaiting_confirmation', cleanerId: 'cleaner-x',
    start: new Date(checkOutAt.getTime() - 3 * H), end: checkOutAt,
    checkIn: { at: new Date(checkOutAt.getTime() - 3 * H) }, checkOut: { at: checkOutAt, note: '' }
  }))

  // 3 days later, 03:00: the nightly 02:00 tick of that day (and of the days before) fell due meanwhile
  const target = shanghaiMorning(3)
  const moved = await clock({ set: target.toISOString() })
  expect(moved.ok).toBe(true)
  expect(Math.abs(new Date(moved.data.now).getTime() - target.getTime())).toBeLessThan(5000)
  const nightly = moved.data.ran.filter((r: any) => r.fn === 'nightly')
  expect(nightly).toHaveLength(1) // several missed ticks: the job runs once
  expect(nightly[0].result).toMatchObject({ ok: true, data: { confirmed: 1, done: true } })
  // every due timer ran, in the order of its first missed tick
  const dueAts = moved.data.ran.map((r: any) => new Date(r.dueAt).getTime())
  expect(dueAts).toEqual([...dueAts].sort((a: number, b: number) => a - b))
  expect(moved.data.ran.map((r: any) => r.fn).sort()).toEqual(['nightly', 'push', 'sla-watch'])

  const order = await getDoc(t, 'orders', id)
  expect(order.status).toBe('completed')
  expect(order.timeline.filter((e: any) => e.type === 'auto_confirmed')).toHaveLength(1)
  // the function's ctx.now was the moved clock, not the wall clock
  expect(order.confirmedAt.getTime()).toBeGreaterThan(Date.now() + 2 * D)
  expect(Math.abs(order.confirmedAt.getTime() - target.getTime())).toBeLessThan(60_000)

  // 30 minutes later: no 02:00 tick in between, so nightly does not run; push (every minute) does
  const later = await clock({ advanceBy: '+30m' })
  expect(later.ok).toBe(true)
  expect(later.data.ran.map((r: any) => r.fn)).not.toContain('nightly')
  expect(later.data.ran.map((r: any) => r.fn)).toContain('push')
  expect((await getDoc(t, 'orders', id)).timeline.filter((e: any) => e.type === 'auto_confirmed')).toHaveLength(1)
  expect((await getDoc(t, 'job_state', 'nightly:autoConfirm')).runDate).toBe(shanghaiDate(target))
})

it('two moves at once run each missed tick at most once', async () => {
  await clock({ set: shanghaiMorning(10).toISOString(), runTimers: false })
  const [a, b] = await Promise.all([clock({ advanceBy: '1d' }), clock({ advanceBy: '1d' })])
  expect(a.ok && b.ok).toBe(true)
  expect(Math.abs(new Date(b.data.now).getTime() - shanghaiMorning(12).getTime())).toBeLessThan(10_000)
  // 10th 03:00 -> 12th 03:00 passes the 02:00 ticks of the 11th and 12th: at least one run, never the same tick twice
  const nightlyRuns = [...a.data.ran, ...b.data.ran].filter((r: any) => r.fn === 'nightly')
  expect(nightlyRuns.length).toBeGreaterThanOrEqual(1)
  expect(nightlyRuns.length).toBeLessThanOrEqual(2)
  expect(new Set(nightlyRuns.map((r: any) => r.dueAt)).size).toBe(nightlyRuns.length)
  expect(nightlyRuns[0].dueAt).toBe(new Date(`${addDays(shanghaiDate(new Date()), 11)}T02:00:00+08:00`).toISOString())
})

it('functions see the moved clock: the booking board starts on the moved day; serverDate follows too', async () => {
  await clock({ set: shanghaiMorning(30).toISOString(), runTimers: false })
  const service = await seedService(t)
  const h = await localLogin(t, 'household')
  const slots = await okFn(t, 'booking', 'slots', { serviceId: service._id }, h.token)
  expect(slots.days[0].date).toBe(addDays(shanghaiDate(new Date()), 30))

  await t.db.createCollection('clock_probe')
  const { id } = await t.db.collection('clock_probe').add({ at: t.db.serverDate() })
  const probe = (await t.db.collection('clock_probe').doc(id).get()).data[0]
  expect(Math.abs(probe.at.getTime() - shanghaiMorning(30).getTime())).toBeLessThan(60_000)
})

it('a caller cannot move a function clock through its request', async () => {
  await clock({ reset: true })
  const service = await seedService(t)
  const h = await localLogin(t, 'household')
  const r = await callFn(t, 'booking', 'slots', { serviceId: service._id, localClockOffsetMs: 30 * D, now: new Date(Date.now() + 30 * D).toISOString() }, h.token)
  // unknown fields are refused; either way the board is today's
  if (r.ok) expect(r.data.days[0].date).toBe(shanghaiDate(new Date()))
  else expect(r.error.code).toBe('INVALID_ARGUMENT')
})

it('keeps its offset across a restart of the same data folder', async () => {
  await clock({ advanceBy: '+2d', runTimers: false })
  const saved = JSON.parse(fs.readFileSync(path.join(t.dataDir, 'clock.json'), 'utf8'))
  expect(Math.abs(saved.offsetMs - 2 * D)).toBeLessThan(5000)
  expect(Math.abs(t.cloud.clock.offsetMs - saved.offsetMs)).toBe(0)
  const { LocalClock } = await import('../../../local/clock')
  expect(new LocalClock(t.dataDir).offsetMs).toBe(saved.offsetMs)
  await clock({ reset: true })
})
