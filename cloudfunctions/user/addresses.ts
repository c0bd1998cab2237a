// addresses: add, update, remove, or choose the default of the household's saved addresses (at most 10, exactly one
// default). The contact phone is stored encrypted with a masked copy. Answers the whole list.
import type { Database } from '../core/runtime/cloud'
import crypto from 'node:crypto'
import { action, z } from '../core/runtime'
import { docId } from '../core/runtime/schemas'
import { requireCustomer } from '../core/auth/identity'
import { findCustomer } from '../core/auth/household'
import { conflict, notFound } from '../core/contract/errors'
import type { AddressView } from '../core/contract/api/user'
import { phoneFields } from '../core/cleaners/accounts'
import { COLL } from '../core/data/collections'
import type { StoredAddress } from '../core/customers/customerDoc'
import { addAddress, removeAddress, setDefaultAddress, updateAddress } from '../core/rules/addressBook'
import { addressInput } from './fields'
import { addressView } from './view'

const addressPatch = addressInput.partial().refine((a) => Object.values(a).some((v) => v !== undefined), { message: '请填写要修改的地址信息' })

const schema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('add'), address: addressInput }).strict(),
  z.object({ op: z.literal('update'), id: docId, address: addressPatch }).strict(),
  z.object({ op: z.literal('remove'), id: docId }).strict(),
  z.object({ op: z.literal('setDefault'), id: docId }).strict()
])

/** The stored form of typed address fields: the phone becomes phoneEnc + phoneMasked. */
async function sealed<T extends { phone?: string }>(db: Database, fields: T): Promise<Omit<T, 'phone'> & Partial<Pick<StoredAddress, 'phoneEnc' | 'phoneMasked'>>> {
  const { phone, ...rest } = fields
  if (phone === undefined) return rest
  const { phoneEnc, phoneMasked } = phoneFields(phone)
  return { ...rest, phoneEnc, phoneMasked }
}

export const addresses = action(schema, async (input, ctx): Promise<AddressView[]> => {
  // only adding may create the customer file; the other operations need an address that already exists
  const customer = input.op === 'add' ? await requireCustomer(ctx) : await findCustomer(ctx)
  if (!customer) throw notFound('地址不存在，请刷新后重试')
  const saved: StoredAddress[] = customer.addresses ?? []
  let next: StoredAddress[]
  switch (input.op) {
    case 'add': {
      const fields = await sealed(ctx.db, input.address)
      next = addAddress(saved, { ...fields, id: crypto.randomBytes(8).toString('hex'), isDefault: !!input.address.isDefault } as StoredAddress)
      break
    }
    case 'update':
      next = updateAddress(saved, input.id, await sealed(ctx.db, input.address))
      break
    case 'remove':
      next = removeAddress(saved, input.id)
      break
    case 'setDefault':
      next = setDefaultAddress(saved, input.id)
      break
  }
  // the list is written whole, so refuse it if the file changed since it was read (a double tap on two phones)
  const r = await ctx.db.collection(COLL.customers).where({ _id: customer._id, updatedAt: customer.updatedAt })
    .update({ addresses: ctx._.set(next), updatedAt: ctx.now })
  if (r.updated !== 1) throw conflict('地址刚刚被修改过，请刷新后重试')
  return next.map(addressView)
})
