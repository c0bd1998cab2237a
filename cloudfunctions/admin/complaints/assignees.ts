// complaints.assignees: who may be assigned this work order at its current level (rules/complaints/workflow
// assignableRoles: the level's role or above), for the 分派 picker. Active staff only, by role (客服 first) then
// name; each shown as {id, name, role, roleLabel}, never the password hash or the sign-in counters.
import { z } from '../../core/runtime'
import { COLL } from '../../core/data/collections'
import { staffRoleLabel, type StaffDoc } from '../../core/auth/staffAccounts'
import { STAFF_ROLES } from '../../core/contract/staff'
import type { AssigneeOption } from '../../core/contract/api/complaintsDesk'
import { loadWorkOrder } from '../../core/complaints'
import { assignableRoles } from '../../core/rules/complaints/workflow'
import { staffAction } from '../staffAction'
import { complaintId } from './fields'

/** More staff than a desk this size will have; the picker shows them all. */
const MAX_STAFF = 500

export const assignees = staffAction('agent', z.object({ complaintId }).strict(), async ({ complaintId }, ctx): Promise<AssigneeOption[]> => {
  const wo = await loadWorkOrder(ctx, complaintId)
  const roles = assignableRoles(wo.level)
  const r = await ctx.db.collection(COLL.staff).where({ active: true, role: ctx._.in(roles) })
    .field({ name: true, role: true, active: true }).limit(MAX_STAFF).get()
  const rank = (s: StaffDoc) => STAFF_ROLES.indexOf(s.role)
  return (r.data as StaffDoc[])
    .filter((s) => s.active === true && roles.includes(s.role))
    .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'zh-Hans-CN') || a._id.localeCompare(b._id))
    .map((s) => ({ id: s._id, name: s.name, role: s.role, roleLabel: staffRoleLabel(s.role) }))
})
