// Company settings (collection `settings`, one document per topic): 'business' (name, hotline, business hours, quiet
// hours, marketing gap, complaint-desk options) and 'wx_templates' (WeChat subscription template ids). Every field
// has a default, so a fresh environment without these documents works.
import type { Database } from '../runtime/cloud'
import { COLL } from './collections'
import type { BusinessCalendar } from '../rules/complaints/businessCalendar'
import { DEFAULT_BUSINESS_CALENDAR } from '../rules/complaints/businessCalendar'
import type { SlaPolicy } from '../rules/complaints/sla'
import type { CompensationLimits } from '../rules/complaints/compensation'
import { DEFAULT_COMPENSATION_LIMITS } from '../rules/complaints/compensation'
import { DEFAULT_WORKFLOW_OPTIONS } from '../rules/complaints/workflow'
import type { ComplaintSeverity } from '../contract/complaint'
import { DEFAULT_PUSH_POLICY, type PushPolicy, type QuietHours } from '../rules/push'

export const SETTINGS_IDS = { business: 'business', wxTemplates: 'wx_templates' } as const

export interface BusinessSettings {
  companyName: string
  servicePhone: string
  businessHours: BusinessCalendar
  quietHours: QuietHours
  marketingPushMinDays: number
  complaints: {
    slaPolicies?: Partial<Record<ComplaintSeverity, Partial<SlaPolicy>>>
    compensationLimits: CompensationLimits
    confirmationWaitHours: number
  }
}

export const DEFAULT_BUSINESS_SETTINGS: BusinessSettings = {
  companyName: '安心家政',
  servicePhone: '400-800-1234',
  businessHours: DEFAULT_BUSINESS_CALENDAR,
  quietHours: DEFAULT_PUSH_POLICY.quietHours,
  marketingPushMinDays: DEFAULT_PUSH_POLICY.marketingMinDays,
  complaints: {
    compensationLimits: DEFAULT_COMPENSATION_LIMITS,
    confirmationWaitHours: DEFAULT_WORKFLOW_OPTIONS.confirmationWaitHours
  }
}

/** One settings document without its bookkeeping fields, or {} when it does not exist. */
export async function readSettings(db: Database, id: string): Promise<Record<string, any>> {
  const doc = (await db.collection(COLL.settings).where({ _id: id }).limit(1).get()).data[0]
  if (!doc) return {}
  const { _id, createdAt, updatedAt, ...rest } = doc
  return rest
}

/** The 'business' settings with defaults for whatever is missing. */
export async function businessSettings(db: Database): Promise<BusinessSettings> {
  const s = await readSettings(db, SETTINGS_IDS.business)
  const d = DEFAULT_BUSINESS_SETTINGS
  return {
    companyName: s.companyName || d.companyName,
    servicePhone: s.servicePhone || d.servicePhone,
    businessHours: { ...d.businessHours, ...(s.businessHours ?? {}) },
    quietHours: { ...d.quietHours, ...(s.quietHours ?? {}) },
    marketingPushMinDays: typeof s.marketingPushMinDays === 'number' ? s.marketingPushMinDays : d.marketingPushMinDays,
    complaints: {
      slaPolicies: s.complaints?.slaPolicies,
      compensationLimits: { ...d.complaints.compensationLimits, ...(s.complaints?.compensationLimits ?? {}) },
      confirmationWaitHours: s.complaints?.confirmationWaitHours ?? d.complaints.confirmationWaitHours
    }
  }
}

export function pushPolicy(settings: BusinessSettings): PushPolicy {
  return { quietHours: settings.quietHours, marketingMinDays: settings.marketingPushMinDays }
}
