// staff.list: the staff accounts, by username.
import { z } from '../../core/runtime'
import { pageInput } from '../../core/runtime/schemas'
import { COLL } from '../../core/data/collections'
import { keysetPage } from '../../core/data/paging'
import type { StaffDoc } from '../../core/auth/staffAccounts'
import type { Page, StaffAccountView } from '../../core/contract/api/admin'
import { staffAction } from '../staffAction'
import { staffAccountView } from '../staffView'

export const list = staffAction('manager', z.object({ ...pageInput }).strict(), async (input, ctx): Promise<Page<StaffAccountView>> => {
  const page = await keysetPage<StaffDoc>(ctx.db, COLL.staff, {}, { field: 'username', dir: 'asc', cursor: input.cursor, limit: input.limit })
  return { list: page.list.map((s) => staffAccountView(s, ctx.now)), nextCursor: page.nextCursor }
})
