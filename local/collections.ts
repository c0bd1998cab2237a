// The local CloudBase's own collections (not the product's): what WeChat would hold on its side, and sign-ins.
import type { CollectionSpec } from '../database/collections'

export const LOCAL_COLLECTIONS: CollectionSpec[] = [
  { name: '_local_sessions', holds: 'local sign-ins for households and cleaners (token -> openid)', indexes: [] },
  { name: '_local_wx_quota', holds: "WeChat's count of one-time subscription acceptances per openid and template", indexes: [] },
  {
    name: '_local_wx_messages',
    holds: 'subscription messages WeChat would have delivered',
    indexes: [{ name: 'openid', fields: { touser: 1, sentAt: -1 } }]
  },
  { name: '_local_files', holds: 'uploaded files (metadata)', indexes: [] }
]
