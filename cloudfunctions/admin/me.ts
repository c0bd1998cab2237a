// me: who is signed in (the admin page's header and menu).
import { z } from '../core/runtime'
import { staffAction } from './staffAction'
import { staffView } from './staffView'

export const me = staffAction('agent', z.object({}).strict(), async (_input, _ctx, staff) => ({ staff: staffView(staff) }))
