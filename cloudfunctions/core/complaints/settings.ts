// The complaint desk's options from settings doc 'business': the business calendar (businessHours) the SLA clocks
// run on, per-severity SLA overrides, the compensation limits and the confirmation wait. Defaults: rules/complaints.
import type { Database } from '../runtime/cloud'
import { businessSettings, type BusinessSettings } from '../data/settings'
import type { SlaSettings } from '../rules/complaints/sla'
import type { CompensationLimits } from '../rules/complaints/compensation'
import type { WorkflowOptions } from '../rules/complaints/workflow'

export interface ComplaintSettings {
  sla: SlaSettings
  compensationLimits: CompensationLimits
  workflow: WorkflowOptions
  companyName: string
  servicePhone: string
}

export function complaintSettingsFrom(business: BusinessSettings): ComplaintSettings {
  return {
    sla: { calendar: business.businessHours, policies: business.complaints.slaPolicies },
    compensationLimits: business.complaints.compensationLimits,
    workflow: { confirmationWaitHours: business.complaints.confirmationWaitHours },
    companyName: business.companyName,
    servicePhone: business.servicePhone
  }
}

export async function complaintSettings(db: Database): Promise<ComplaintSettings> {
  return complaintSettingsFrom(await businessSettings(db))
}
