// Collection names, from the one declaration in database/collections.ts.
export const COLL = {
  customers: 'customers',
  services: 'services',
  cleaners: 'cleaners',
  slotCounters: 'slot_counters',
  orders: 'orders',
  complaints: 'complaints',
  scripts: 'scripts',
  scenarios: 'scenarios',
  couponTemplates: 'coupon_templates',
  coupons: 'coupons',
  ratings: 'ratings',
  surveys: 'surveys',
  surveyResponses: 'survey_responses',
  revisits: 'revisits',
  subscriptions: 'subscriptions',
  messages: 'messages',
  pointsLedger: 'points_ledger',
  referrals: 'referrals',
  staff: 'staff',
  loginGuards: 'login_guards',
  auditLogs: 'audit_logs',
  settings: 'settings',
  jobState: 'job_state',
  metricsDaily: 'metrics_daily',
  files: 'files'
} as const

export type CollectionName = (typeof COLL)[keyof typeof COLL]
