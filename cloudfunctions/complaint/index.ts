// complaint: the household's side of service recovery (docs/api.md, complaint): the subscription template to accept,
// filing a complaint, its list and detail, messages to staff, and the answer to the proposed resolution.
// Routes only; one file per action. The work order's operations are core/complaints.
import { createRouter } from '../core/runtime'
import { templates } from './templates'
import { create } from './create'
import { list } from './list'
import { detail } from './detail'
import { reply } from './reply'
import { confirm } from './confirm'

export const main = createRouter({ templates, create, list, detail, reply, confirm }, { defaultAccess: { caller: 'household' } })
