// cleaners.list: the roster in the order cleaners joined; q finds by name (part of it) or full phone number.
import { z, nameFields } from '../../core/runtime'
import { pageInput, searchInput } from '../../core/runtime/schemas'
import { COLL } from '../../core/data/collections'
import { keysetPage } from '../../core/data/paging'
import { isMobilePhone } from '../../core/rules/phone'
import { phoneLookupHashes, type CleanerDoc } from '../../core/cleaners/accounts'
import type { CleanerAdminView, Page } from '../../core/contract/api/admin'
import { staffAction } from '../staffAction'
import { cleanerAdminView } from './view'
import { invite } from './invite'
import { roleCovers } from '../../core/contract/staff'

nameFields({ q: '搜索内容' })

const schema = z.object({ ...pageInput, q: searchInput(20).optional() }).strict()

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export const list = staffAction('agent', schema, async ({ q, cursor, limit }, ctx, staff): Promise<Page<CleanerAdminView>> => {
  let where: Record<string, unknown> = {}
  if (q && isMobilePhone(q)) {
    where = { phoneHash: ctx._.in(phoneLookupHashes(q)) }
  } else if (q) {
    where = { name: ctx.db.RegExp({ regexp: escapeRegExp(q), options: 'i' }) }
  }
  const page = await keysetPage<CleanerDoc>(ctx.db, COLL.cleaners, where, { field: 'createdAt', dir: 'asc', cursor, limit })
  // an invite code is as good as the account it binds: only roles that may issue one see it
  const showInvite = roleCovers(staff.role, invite.access.role)
  return { list: page.list.map((c) => cleanerAdminView(c, showInvite)), nextCursor: page.nextCursor }
})
