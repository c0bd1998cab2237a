// cleaners.create: a new cleaner with a fresh invite code to hand to her.
import { z } from '../../core/runtime'
import { createCleaner } from '../../core/cleaners/accounts'
import { writeAudit } from '../../core/data/audit'
import type { CleanerAdminView } from '../../core/contract/api/admin'
import { staffAction } from '../staffAction'
import { cleanerFields } from './fields'
import { cleanerAdminView } from './view'

export const create = staffAction('supervisor', z.object(cleanerFields).strict(), async (input, ctx, staff): Promise<CleanerAdminView> => {
  const cleaner = await createCleaner(ctx.db, input, ctx.now)
  await writeAudit(ctx.db, staff, 'cleaners.create', cleaner._id, { name: cleaner.name, skills: cleaner.skills, grade: cleaner.grade }, ctx.now)
  return cleanerAdminView(cleaner)
})
