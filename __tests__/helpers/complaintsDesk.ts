// Test data for the complaints desk, on top of complaints.ts: a household whose completed order was done by a real
// cleaner (the desk shows her, KPIs count her, a re-service needs capacity), complaints filed and confirmed the way the
// household does it (the household `complaint` function through the gateway), and staff moving a work order along.
import type { TestCloud } from './localCloud'
import { okFn } from './api'
import { seedCleaner } from './desk'
import { complaintInput, householdWithOrder, type ComplainingHousehold } from './complaints'
import { addDays, shanghaiDate } from '../../cloudfunctions/core/rules/time'
import type { ComplaintCategory } from '../../cloudfunctions/core/contract/complaint'

export interface Complainant extends ComplainingHousehold {
  cleaner: { _id: string; name: string }
}

const HOUR = 3600_000

/** A household with an order completed two days ago by a cleaner of her own, in a district of her own. */
export async function complainant(t: TestCloud, opts: { cleanerName?: string } = {}): Promise<Complainant> {
  const cleaner = await seedCleaner(t, { name: opts.cleanerName ?? '李桂芳', skills: ['daily_cleaning'] })
  const h = await householdWithOrder(t, {
    cleanerId: cleaner._id,
    date: addDays(shanghaiDate(new Date()), -2),
    checkIn: { at: new Date(Date.now() - 44 * HOUR) },
    checkOut: { at: new Date(Date.now() - 40 * HOUR), note: '' }
  })
  return { ...h, cleaner: { _id: cleaner._id, name: cleaner.name } }
}

/** Files a complaint about the household's order as the household; resolves with the work order's id. */
export async function fileAs(t: TestCloud, h: Complainant, category: ComplaintCategory, description: string): Promise<string> {
  const view = await okFn(t, 'complaint', 'create', complaintInput(h, { category, description }), h.token)
  return view.id
}

/** The household accepts the proposed resolution (complaint.confirm), rating it. */
export async function confirmAs(t: TestCloud, h: Complainant, complaintId: string, rating = 5, comment = '处理得很及时，谢谢'): Promise<void> {
  await okFn(t, 'complaint', 'confirm', { complaintId, satisfied: true, rating, comment }, h.token)
}

/** The stored work order. */
export async function workOrder(t: TestCloud, complaintId: string): Promise<any> {
  return (await t.db.collection('complaints').where({ _id: complaintId }).get()).data[0]
}

/** Moves the work order through the desk: each [staff token, op, extra input] in turn, failing on a refusal. */
export async function actAll(t: TestCloud, complaintId: string, steps: Array<[string, string, Record<string, unknown>?]>): Promise<any> {
  let view: any
  for (const [token, op, extra] of steps) {
    view = await okFn(t, 'admin', 'complaints.act', { complaintId, op, ...(extra ?? {}) }, token)
  }
  return view
}
