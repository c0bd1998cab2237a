// complaints.queue (agent+): the desk's work list. Filters: level, step, severity, category, assignee ('me', 'none'
// or a staff id), status (default: everything not closed). Order: breached (or overdue) work orders first, then by
// the next SLA deadline, soonest first. Deadlines move with pauses, so the order is computed by the SLA rules over the
// matching work orders rather than stored; the cursor carries the last item's place in that order.
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
import { COMPLAINT_STATUSES, complaintSettings } from '../../core/complaints'
import type { Page, QueueItem } from '../../core/contract/api/complaintsDesk'
import type { CustomerDoc } from '../../core/customers/customerDoc'
import { staffAction } from '../staffAction'
import { choice } from './fields'
import { householdContact, queueItem } from './view'
import { scanWorkOrders } from './scan'

const schema = z.object({
  ...pageInput,
  level: choice(COMPLAINT_LEVELS, '响应级别').optional(),
  step: choice(COMPLAINT_STEPS, '处理环节').optional(),
  severity: choice(COMPLAINT_SEVERITIES, '严重程度').optional(),
  category: choice(COMPLAINT_CATEGORIES, '投诉类型').optional(),
  assignee: z.string().trim().min(1).max(64).optional(),
  status: choice(COMPLAINT_STATUSES, '工单状态').optional()
}).strict()

const NOT_CLOSED = COMPLAINT_STATUSES.filter((status) => status !== 'closed')

type SortKey = [number, number, number, string]

function sortKey(item: QueueItem): SortKey {
  const urgent = item.sla.state === 'breached' || item.sla.state === 'overdue' ? 0 : 1
  const due = item.sla.nextDue ? Date.parse(item.sla.nextDue) : Number.MAX_SAFE_INTEGER
  return [urgent, due, Date.parse(item.createdAt), item.id]
}

function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number)
  return a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0
}

function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url')
}

function decodeCursor(cursor: string): SortKey {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (Array.isArray(key) && key.length === 4 && key.slice(0, 3).every(Number.isFinite) && typeof key[3] === 'string') return key as SortKey
  } catch {
    // falls through to the refusal
  }
  throw invalid('翻页参数不正确，请刷新后重试')
}

async function customerNames(db: any, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)]
  if (!unique.length) return new Map()
  const r = await db.collection(COLL.customers).where({ _id: db.command.in(unique) }).limit(unique.length).get()
  return new Map(r.data.map((c: CustomerDoc) => [c._id, householdContact(c).name]))
}

export const queue = staffAction('agent', schema, async (input, ctx, staff): Promise<Page<QueueItem>> => {
  const after = input.cursor ? decodeCursor(input.cursor) : null
  const where: Record<string, unknown> = { status: input.status ?? ctx._.in(NOT_CLOSED) }
  if (input.level) where.level = input.level
  if (input.step) where.step = input.step
  if (input.severity) where.severity = input.severity
  if (input.category) where.category = input.category
  if (input.assignee === 'none') where.assignee = null
  else if (input.assignee) where['assignee.id'] = input.assignee === 'me' ? staff._id : input.assignee

  const settings = await complaintSettings(ctx.db)
  const ranked = (await scanWorkOrders(ctx.db, where))
    .map((wo) => ({ wo, item: queueItem(wo, '', settings, ctx.now) }))
    .map((row) => ({ ...row, key: sortKey(row.item) }))
    .filter((row) => !after || compareKeys(row.key, after) > 0)
    .sort((a, b) => compareKeys(a.key, b.key))
  const page = ranked.slice(0, input.limit)
  const names = await customerNames(ctx.db, page.map((row) => row.wo.customerId))
  return {
    list: page.map((row) => queueItem(row.wo, names.get(row.wo.customerId), settings, ctx.now)),
    nextCursor: ranked.length > input.limit ? encodeCursor(page[page.length - 1].key) : null
  }
})
