// cleaners.update: name, phone, skills, grade, or active. Deactivating a cleaner who still holds jobs
// is refused until those jobs are reassigned; that check and the write are tied to her scheduleVersion, so a
// dispatch to her at the same moment cannot slip in between.
import { z } from '../../core/runtime'
import { docId } from '../../core/runtime/schemas'
import { COLL } from '../../core/data/collections'
import { mustGet } from '../../core/data/db'
import { invalid, precondition } from '../../core/contract/errors'
import { phoneFields, type CleanerDoc } from '../../core/cleaners/accounts'
import { jobsOverlapping, OPEN_JOB_STATUSES, updateIfScheduleUnchanged } from '../../core/cleaners/schedule'
import { writeAudit } from '../../core/data/audit'
import type { CleanerAdminView } from '../../core/contract/api/admin'
import { staffAction } from '../staffAction'
import { cleanerFields } from './fields'
import { cleanerAdminView } from './view'

const schema = z.object({
  cleanerId: docId,
  name: cleanerFields.name.optional(),
  phone: cleanerFields.phone.optional(),
  skills: cleanerFields.skills.optional(),
  grade: cleanerFields.grade.optional(),
  active: z.boolean().optional()
}).strict()

const ALL_TIME = { start: new Date(0), end: new Date(8.64e15) }

export const update = staffAction('supervisor', schema, async ({ cleanerId, phone, ...fields }, ctx, staff): Promise<CleanerAdminView> => {
  const changes: Record<string, unknown> = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined))
  if (!Object.keys(changes).length && phone === undefined) throw invalid('请至少修改一项内容')
  const cleaner = await mustGet<CleanerDoc>(ctx.db, COLL.cleaners, cleanerId, '阿姨')
  if (changes.skills) changes.skills = [...new Set(changes.skills as string[])]
  const patch: Record<string, unknown> = { ...changes, ...(phone !== undefined ? phoneFields(phone) : {}) }

  if (changes.active === false && cleaner.active) {
    const open = await jobsOverlapping(ctx.db, ctx._, cleaner._id, ALL_TIME, OPEN_JOB_STATUSES)
    if (open.length) {
      const nos = open.slice(0, 3).map((j) => j.orderNo).join('、')
      throw precondition(`${cleaner.name}还有${open.length}个未完成的派单（${nos}），请先改派后再停用`, { orders: open.map((j) => j.orderNo) })
    }
    await updateIfScheduleUnchanged(ctx.db, cleaner, patch, ctx.now)
  } else {
    await ctx.db.collection(COLL.cleaners).where({ _id: cleaner._id }).update({ ...patch, updatedAt: ctx.now })
  }
  await writeAudit(ctx.db, staff, 'cleaners.update', cleaner._id, { changed: [...Object.keys(changes), ...(phone !== undefined ? ['phone'] : [])] }, ctx.now)
  return cleanerAdminView({ ...cleaner, ...patch } as CleanerDoc)
})
