// messages: the household's message centre: product messages delivered to it (outbox `messages`, status sent),
// newest first.
import { action, z } from '../core/runtime'
import { pageInput } from '../core/runtime/schemas'
import { requireOpenid } from '../core/auth/identity'
import type { MessagesPage } from '../core/contract/api/user'
import { COLL } from '../core/data/collections'
import { keysetPage } from '../core/data/paging'
import { messageView } from './view'

export const messages = action(z.object(pageInput).strict(), async ({ cursor, limit }, ctx): Promise<MessagesPage> => {
  const openid = requireOpenid(ctx)
  const page = await keysetPage<any>(ctx.db, COLL.messages, { openid, status: 'sent' }, { field: 'createdAt', dir: 'desc', cursor, limit })
  return { list: page.list.map(messageView), nextCursor: page.nextCursor }
})
