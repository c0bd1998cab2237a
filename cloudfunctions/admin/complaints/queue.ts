// complaints.queue (agent+): the desk's work list. Filters: level, step, severity, category, assignee ('me', 'none'
// or a staff id), status (default: everything not closed). The order is rules/complaints/queueOrder's, stored on
// every write as `queueRank`: breached first, then running clocks by their next due instant, then those waiting on
// the household, oldest first. A page is one index read (`queueRank` ascending, after the cursor's rank), whatever
// the number of open work orders; the cursor is the last item's rank.
import type { Database } from '../../core/runtime/cloud'
import { z } from '../../core/runtime'
import { pageInput } from '../../core/runtime/schemas'
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_LEVELS,
  COMPLAINT_SEVERITIES,
  COMPLAINT_STEPS
} from '../../core/contract/complaint'
import { invalid } from '../../core/contract/errors'
import { COLL } from '../../core/data/collections'
import { COMPLAINT_STATUSES, complaintSettings, type ComplaintDoc } from '../../core/complaints'
import { CLOSED_RANK_FROM } from '../../core/rules/complaints/queueOrder'
import type { Page, QueueItem } from '../../core/contract/api/complaintsDesk'
import type { CustomerDoc } from '../../core/customers/customerDoc'
import { staffAction } from '../staffAction'
import { choice } from './fields'
import { householdContact, queueItem } from './view'

const schema = z.object({
  ...pageInput,
  level: choice(COMPLAINT_LEVELS, '响应级别').optional(),
  step: choice(COMPLAINT_STEPS, '处理环节').optional(),
  severity: choice(COMPLAINT_SEVERITIES, '严重程度').optional(),
  category: choice(COMPLAINT_CATEGORIES, '投诉类型').optional(),
  assignee: z.string().trim().min(1).max(64).optional(),
  status: choice(COMPLAINT_STATUSES, '工单状态').optional()
}).strict()

// the rank itself is opaque to the desk: it is handed back as the cursor, base64url so that it travels as a token
const RANK_PATTERN = /^[0-3]\|/

function encodeCursor(rank: string): string {
  return Buffer.from(rank, 'utf8').toString('base64url')
}

function decodeCursor(cursor: string): string {
  const rank = Buffer.from(cursor, 'base64url').toString('utf8')
  if (!RANK_PATTERN.test(rank)) throw invalid('翻页参数不正确，请刷新后重试')
  return rank
}

async function customerNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)]
  if (!unique.length) return new Map()
  const r = await db.collection(COLL.customers).where({ _id: db.command.in(unique) }).limit(unique.length).get()
  return new Map(r.data.map((c: CustomerDoc) => [c._id, householdContact(c).name]))
}

export const queue = staffAction('agent', schema, async (input, ctx, staff): Promise<Page<QueueItem>> => {
  const _ = ctx._
  const where: Record<string, unknown> = {}
  if (input.level) where.level = input.level
  if (input.step) where.step = input.step
  if (input.severity) where.severity = input.severity
  if (input.category) where.category = input.category
  if (input.assignee === 'none') where.assignee = null
  else if (input.assignee) where['assignee.id'] = input.assignee === 'me' ? staff._id : input.assignee
  // by default every open work order: their ranks all sort below the closed ones, so one index range holds them
  const ranks = [input.status ? { status: input.status } : { queueRank: _.lt(CLOSED_RANK_FROM) }]
  if (input.cursor) ranks.push({ queueRank: _.gt(decodeCursor(input.cursor)) })

  const [settings, found] = await Promise.all([
    complaintSettings(ctx.db),
    ctx.db.collection(COLL.complaints).where(_.and([...(Object.keys(where).length ? [where] : []), ...ranks])).orderBy('queueRank', 'asc').limit(input.limit + 1).get()
  ])
  const page: ComplaintDoc[] = found.data.slice(0, input.limit)
  const names = await customerNames(ctx.db, page.map((wo) => wo.customerId))
  const last = page[page.length - 1]
  return {
    list: page.map((wo) => queueItem(wo, names.get(wo.customerId), settings, ctx.now)),
    nextCursor: found.data.length > input.limit && last?.queueRank ? encodeCursor(last.queueRank) : null
  }
})
