// orders.candidates: every cleaner with the order's skill, each marked available or not with the reason
// (stopped, on leave, clashing with order JZ...), available ones first, better grade and rating first.
import { z, nameFields } from '../../core/runtime'
import { docId } from '../../core/runtime/schemas'
import { COLL } from '../../core/data/collections'
import { precondition } from '../../core/contract/errors'
import { CLEANER_GRADES, CLEANER_GRADE_LABELS } from '../../core/contract/cleaner'
import { ORDER_STATUS_LABELS } from '../../core/contract/order'
import { dispatchRefusal } from '../../core/rules/dispatch'
import { jobsOverlapping } from '../../core/cleaners/schedule'
import type { CleanerDoc } from '../../core/cleaners/accounts'
import type { Candidate } from '../../core/contract/api/admin'
import { staffAction } from '../staffAction'
import { loadOrder } from './loadOrder'

nameFields({ orderId: '订单' })

const MAX_CLEANERS = 1000
const gradeRank = (c: Candidate) => CLEANER_GRADES.indexOf(c.grade)

export const candidates = staffAction('agent', z.object({ orderId: docId }).strict(), async ({ orderId }, ctx): Promise<{ list: Candidate[] }> => {
  const order = await loadOrder(ctx.db, orderId)
  if (order.status !== 'pending_dispatch' && order.status !== 'dispatched') {
    throw precondition(`订单当前为「${ORDER_STATUS_LABELS[order.status]}」，无需派单`)
  }
  const category = order.service.category
  const cleaners: CleanerDoc[] = (await ctx.db.collection(COLL.cleaners).where({ skills: category }).limit(MAX_CLEANERS).get()).data
  const jobs = cleaners.length ? await jobsOverlapping(ctx.db, ctx._, cleaners.map((c) => c._id), order) : []
  const job = { _id: order._id, category, start: order.start, end: order.end }
  const list = cleaners.map((c): Candidate => {
    const refusal = dispatchRefusal(c, job, jobs.filter((j) => j.cleanerId === c._id))
    return {
      cleanerId: c._id,
      name: c.name,
      grade: c.grade,
      gradeLabel: CLEANER_GRADE_LABELS[c.grade] ?? c.grade,
      rating: c.rating ?? null,
      available: refusal === null,
      ...(refusal ? { reason: refusal.reason } : {}),
      current: order.cleanerId === c._id
    }
  })
  list.sort((a, b) => Number(b.available) - Number(a.available) || gradeRank(b) - gradeRank(a) || (b.rating ?? 0) - (a.rating ?? 0))
  return { list }
})
