// me: the caller's own customer file (created on first contact), with personal data masked.
import { action, z } from '../core/runtime'
import { requireCustomer } from '../core/auth/identity'
import { customerView } from './view'

export const me = action(z.object({}).strict(), async (_input, ctx) => customerView(await requireCustomer(ctx)))
