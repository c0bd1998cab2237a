// staff.create: a new account with a first password the manager hands over.
import { z, nameFields } from '../../core/runtime'
import { STAFF_ROLES } from '../../core/contract/staff'
import { createStaff } from '../../core/auth/staffAccounts'
import { writeAudit } from '../../core/data/audit'
import type { StaffAccountView } from '../../core/contract/api/admin'
import { staffAction } from '../staffAction'
import { staffAccountView } from '../staffView'

nameFields({ username: '用户名', name: '姓名', role: '角色', password: '密码' })

const schema = z.object({
  username: z.string().trim().min(1).max(64),
  name: z.string().trim().min(1).max(20),
  role: z.enum(STAFF_ROLES),
  password: z.string().min(1).max(128)
}).strict()

export const create = staffAction('manager', schema, async (input, ctx, manager): Promise<StaffAccountView> => {
  const staff = await createStaff(ctx.db, input, ctx.now)
  await writeAudit(ctx.db, manager, 'staff.create', staff._id, { username: staff.username, role: staff.role }, ctx.now)
  return staffAccountView(staff, ctx.now)
})
