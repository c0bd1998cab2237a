// updateProfile: the household edits its own file. Only the fields given change; the phone is stored encrypted with a
// lookup hash and a masked copy; family situation changes are merged into what was saved.
import { action, z } from '../core/runtime'
import { familyInput, mobileInput, optionalText } from '../core/runtime/householdInput'
import { requireCustomer } from '../core/auth/identity'
import type { CustomerView } from '../core/contract/api/user'
import { phoneFields } from '../core/cleaners/accounts'
import { COLL } from '../core/data/collections'
import { mustGet } from '../core/data/db'
import type { CustomerDoc } from '../core/customers/customerDoc'
import { mergeFamily } from '../core/rules/bookingRequest'
import { customerView } from './view'
import './fields'

const schema = z.object({
  name: z.string().trim().min(1).max(20).optional(),
  phone: mobileInput.optional(),
  family: familyInput.optional(),
  preferences: optionalText('服务偏好')
}).strict().refine((p) => Object.values(p).some((v) => v !== undefined), { message: '请填写要修改的资料' })

export const updateProfile = action(schema, async (input, ctx): Promise<CustomerView> => {
  const customer: CustomerDoc = await requireCustomer(ctx)
  const patch: Record<string, unknown> = { updatedAt: ctx.now }
  if (input.name !== undefined) patch.name = input.name
  if (input.phone !== undefined) Object.assign(patch, phoneFields(input.phone))
  if (input.family) patch.family = ctx._.set(mergeFamily(customer.family, input.family))
  if (input.preferences !== undefined) patch.preferences = input.preferences
  await ctx.db.collection(COLL.customers).where({ _id: customer._id }).update(patch)
  return customerView(await mustGet<CustomerDoc>(ctx.db, COLL.customers, customer._id, '客户档案'))
})
