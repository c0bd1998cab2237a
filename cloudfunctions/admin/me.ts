// me: who is signed in (the admin page's header and menu) and which actions the role may call (`allowed`, from the
// permissions table), so the pages hide what the role may not open instead of restating roles.
import { z } from '../core/runtime'
import type { MeResult } from '../core/contract/api/admin'
import { staffAction } from './staffAction'
import { staffView } from './staffView'
import { actionsAllowed } from './permissions'

export const me = staffAction('agent', z.object({}).strict(), async (_input, _ctx, staff): Promise<MeResult> => ({
  staff: staffView(staff),
  allowed: actionsAllowed(staff.role)
}))
