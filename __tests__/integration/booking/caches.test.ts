// The booking path keeps the service and the cleaners behind a slot's capacity per function instance for 30 s, by
// the invocation's clock (core/data/ttlCache.ts): changes reach bookings within that time, and a cleaner who joins
// makes room in a full slot at once.
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { callFn, keyHeader } from '../../helpers/api'
import { seedCleaner, getDoc } from '../../helpers/desk'
import { bookingInput, dayAhead, household, seedService, type Household } from '../../helpers/seed'
import type { ServiceDoc } from '../../../cloudfunctions/core/data/services'

jest.setTimeout(60_000)

let t: TestCloud
let h: Household

beforeAll(async () => {
  t = await startTestCloud()
  h = await household(t)
})
afterAll(async () => { await t?.close() })

async function advanceClock(by: string): Promise<void> {
  const r = await fetch(`${t.url}/api/_local/clock`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...keyHeader(t) }, body: JSON.stringify({ advanceBy: by, runTimers: false })
  })
  expect(r.ok).toBe(true)
}

const book = (service: ServiceDoc, date: string, window: string) => callFn(t, 'booking', 'create', bookingInput(h, service, { date, window }), h.token)

test('a cleaner who joins makes room in a full slot at once; one who leaves counts once 30 s have passed', async () => {
  const service = await seedService(t)
  const first = await seedCleaner(t)
  const date = dayAhead(5)
  expect((await book(service, date, 'morning')).ok).toBe(true)
  expect((await book(service, date, 'morning')).error).toMatchObject({ code: 'CONFLICT', message: '该时段已约满，请选择其他时间' })

  await seedCleaner(t)
  expect((await book(service, date, 'morning')).ok).toBe(true)
  expect(await getDoc(t, 'slot_counters', `daily_cleaning:${date}:morning`)).toMatchObject({ booked: 2, capacity: 2 })

  await t.db.collection('cleaners').doc(first._id).update({ active: false })
  await advanceClock('31s')
  expect((await book(service, date, 'evening')).ok).toBe(true)
  expect((await book(service, date, 'evening')).error).toMatchObject({ code: 'CONFLICT' })
  expect(await getDoc(t, 'slot_counters', `daily_cleaning:${date}:evening`)).toMatchObject({ booked: 1, capacity: 1 })
})

test('a withdrawn service is refused once 30 s have passed; a new one is bookable at once', async () => {
  const service = await seedService(t, { name: '即将下架' })
  expect((await book(service, dayAhead(6), 'morning')).ok).toBe(true)
  await t.db.collection('services').doc(service._id).update({ active: false })
  await advanceClock('31s')
  expect((await book(service, dayAhead(6), 'afternoon')).error).toEqual({ code: 'NOT_FOUND', message: '该服务不存在或已下架，请重新选择', details: { serviceId: service._id } })

  const fresh = await seedService(t, { name: '新上架' })
  expect((await book(fresh, dayAhead(6), 'afternoon')).ok).toBe(true)
})
