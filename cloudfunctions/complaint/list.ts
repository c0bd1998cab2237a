// list: the household's complaints, newest first.
import { action, z } from '../core/runtime'
import { pageInput } from '../core/runtime/schemas'
import { COLL } from '../core/data/collections'
import { keysetPage } from '../core/data/paging'
import type { ComplaintPage } from '../core/contract/api/complaint'
import { householdSummary, type ComplaintDoc } from '../core/complaints'
import { callingHousehold } from './fields'

export const list = action(z.object(pageInput).strict(), async ({ cursor, limit }, ctx): Promise<ComplaintPage> => {
  const customer = await callingHousehold(ctx)
  if (!customer) return { list: [], nextCursor: null }
  const page = await keysetPage<ComplaintDoc>(ctx.db, COLL.complaints, { customerId: customer._id }, { field: 'createdAt', dir: 'desc', cursor, limit })
  return { list: page.list.map(householdSummary), nextCursor: page.nextCursor }
})
