// cleaners.leave: add or remove a leave span of whole Shanghai days. New leave must not strand jobs she
// already holds; the check and the write are tied to her scheduleVersion, so a simultaneous dispatch cannot slip in.
import { z, nameFields } from '../../core/runtime'
import { docId, shanghaiDateInput } from '../../core/runtime/schemas'
import { COLL } from '../../core/data/collections'
import { mustGet } from '../../core/data/db'
import type { CleanerDoc } from '../../core/cleaners/accounts'
import { jobsOverlapping, OPEN_JOB_STATUSES, updateIfScheduleUnchanged } from '../../core/cleaners/schedule'
import { addLeave, assertNoJobsDuringLeave, LEAVE_REASON_MAX, removeLeave } from '../../core/rules/leave'
import { addDays, shanghaiDate, shanghaiInstant } from '../../core/rules/time'
import { writeAudit } from '../../core/data/audit'
import type { CleanerAdminView } from '../../core/contract/api/admin'
import { staffAction } from '../staffAction'
import { cleanerAdminView } from './view'

nameFields({ op: '操作' })

const schema = z.object({
  cleanerId: docId,
  op: z.enum(['add', 'remove']),
  from: shanghaiDateInput,
  to: shanghaiDateInput,
  reason: z.string().trim().max(LEAVE_REASON_MAX).optional()
}).strict()

export const leave = staffAction('supervisor', schema, async ({ cleanerId, op, from, to, reason }, ctx, staff): Promise<CleanerAdminView> => {
  const cleaner = await mustGet<CleanerDoc>(ctx.db, COLL.cleaners, cleanerId, '阿姨')
  let next
  if (op === 'add') {
    next = addLeave(cleaner.leave ?? [], { from, to, reason: reason || undefined }, shanghaiDate(ctx.now))
    const span = { start: shanghaiInstant(from, '00:00'), end: shanghaiInstant(addDays(to, 1), '00:00') }
    assertNoJobsDuringLeave({ from, to }, await jobsOverlapping(ctx.db, ctx._, cleaner._id, span, OPEN_JOB_STATUSES))
  } else {
    next = removeLeave(cleaner.leave ?? [], { from, to })
  }
  await updateIfScheduleUnchanged(ctx.db, cleaner, { leave: next }, ctx.now)
  await writeAudit(ctx.db, staff, `cleaners.leave.${op}`, cleaner._id, { from, to, ...(reason ? { reason } : {}) }, ctx.now)
  return cleanerAdminView({ ...cleaner, leave: next })
})
