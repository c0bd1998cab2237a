// Every collection of the product and its indexes, declared once. The local CloudBase creates them (SQLite expression
// indexes); for a real CloudBase environment, create the same collections and indexes in the console or with
// `npm run db:plan` (prints them). Indexed fields must hold scalars (not arrays): the local engine pushes conditions
// on them down to SQL and rejects a write that puts an array there.
export type IndexFields = Record<string, 1 | -1>

export interface IndexSpec {
  name: string
  fields: IndexFields
  unique?: boolean
}

export interface CollectionSpec {
  name: string
  holds: string
  indexes: IndexSpec[]
}

const idx = (name: string, fields: IndexFields, unique = false): IndexSpec => ({ name, fields, unique })

export const COLLECTIONS: CollectionSpec[] = [
  {
    name: 'customers',
    holds: '客户档案: the customer file',
    indexes: [
      idx('openid', { openid: 1 }, true),
      idx('phone', { phoneHash: 1 }),
      idx('stage', { stage: 1, lastOrderAt: -1 }),
      idx('lastOrderAt', { lastOrderAt: -1 })
    ]
  },
  { name: 'services', holds: 'service catalogue', indexes: [idx('category', { category: 1, sort: 1 })] },
  {
    name: 'cleaners',
    holds: 'cleaners (阿姨)',
    indexes: [idx('openid', { openid: 1 }, true), idx('inviteCode', { inviteCode: 1 }, true), idx('active', { active: 1 })]
  },
  { name: 'slot_counters', holds: 'capacity per (category, date, window)', indexes: [idx('date', { date: 1 })] },
  {
    name: 'orders',
    holds: 'bookings',
    indexes: [
      idx('orderNo', { orderNo: 1 }, true),
      idx('customer', { customerId: 1, createdAt: -1 }),
      idx('cleaner', { cleanerId: 1, start: 1 }),
      idx('status', { status: 1, start: 1 }),
      idx('date', { date: 1, status: 1 }),
      idx('requestKey', { requestKey: 1 }, true)
    ]
  },
  {
    name: 'complaints',
    holds: 'complaint work orders',
    indexes: [
      idx('ticketNo', { ticketNo: 1 }, true),
      idx('customer', { customerId: 1, createdAt: -1 }),
      idx('status', { status: 1, level: 1 }),
      idx('cleaner', { cleanerId: 1, createdAt: -1 }),
      idx('requestKey', { requestKey: 1 }, true),
      idx('area', { area: 1, createdAt: -1 }),
      idx('incident', { incidentId: 1 }),
      idx('cases', { isCase: 1, closedAt: -1 }),
      // sla-watch: what is due (a Date, or null when no clock can breach: null never matches a range)
      idx('due', { 'sla.nextDueAt': 1 }),
      // the desk queue in its order (rules/complaints/queueOrder), all open ones and per status
      idx('queue', { queueRank: 1 }),
      idx('statusQueue', { status: 1, queueRank: 1 })
    ]
  },
  { name: 'scripts', holds: '话术模板', indexes: [idx('scenario', { scenario: 1, step: 1 })] },
  { name: 'scenarios', holds: '场景库 and drill runs', indexes: [idx('kind', { kind: 1 }), idx('drills', { staffId: 1, startedAt: -1 })] },
  { name: 'coupon_templates', holds: 'offers', indexes: [idx('kind', { kind: 1 })] },
  {
    name: 'coupons',
    holds: 'issued coupons',
    indexes: [idx('customer', { customerId: 1, status: 1 }), idx('dedupeKey', { dedupeKey: 1 }, true)]
  },
  { name: 'ratings', holds: 'ratings per order', indexes: [idx('order', { orderId: 1 }, true), idx('cleaner', { cleanerId: 1 })] },
  { name: 'surveys', holds: 'satisfaction surveys', indexes: [] },
  { name: 'survey_responses', holds: 'survey answers', indexes: [idx('survey', { surveyId: 1, customerId: 1 })] },
  {
    name: 'revisits',
    holds: 'revisit tasks',
    indexes: [idx('dedupeKey', { dedupeKey: 1 }, true), idx('due', { status: 1, dueAt: 1 }), idx('customer', { customerId: 1 })]
  },
  { name: 'subscriptions', holds: 'one-time subscription quota per openid and template', indexes: [idx('key', { key: 1 }, true)] },
  {
    name: 'messages',
    holds: 'push outbox',
    indexes: [
      idx('dedupeKey', { dedupeKey: 1 }, true),
      idx('status', { status: 1, notBefore: 1 }),
      idx('openid', { openid: 1, createdAt: -1 }),
      idx('claim', { status: 1, claimedAt: 1 })
    ]
  },
  { name: 'points_ledger', holds: 'membership points', indexes: [idx('customer', { customerId: 1, createdAt: -1 })] },
  { name: 'referrals', holds: 'referrals', indexes: [idx('referrer', { referrerId: 1 })] },
  { name: 'staff', holds: 'staff accounts', indexes: [idx('username', { username: 1 }, true)] },
  { name: 'login_guards', holds: 'staff sign-in failures per username and per client address, keyed by a hash (admin/login.ts)', indexes: [] },
  { name: 'audit_logs', holds: 'who did what', indexes: [idx('target', { targetId: 1, createdAt: -1 })] },
  { name: 'settings', holds: 'company settings', indexes: [] },
  { name: 'job_state', holds: 'timer cursors', indexes: [] },
  { name: 'metrics_daily', holds: 'daily metrics', indexes: [idx('date', { date: 1 })] },
  {
    name: 'files',
    holds: 'uploaded photos: who uploaded each (openid) and what it is attached to (core/data/files.ts)',
    indexes: [idx('fileID', { fileID: 1 }, true), idx('owner', { owner: 1, createdAt: -1 })]
  }
]

export function collectionNames(): string[] {
  return COLLECTIONS.map((c) => c.name)
}
