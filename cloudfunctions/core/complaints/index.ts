// Complaint work orders (collection `complaints`): the data operations every function shares. The rules they ask
// (severity, levels, SLA, workflow, compensation, incident) are pure, in rules/complaints/; see README.md here.
export * from './complaintDoc'
export { fileComplaint, complaintForRequestKey, type NewComplaint } from './file'
export { loadWorkOrder, findWorkOrder, householdWorkOrder, complaintsOfHousehold, versionConflict, COMPLAINT_NOT_FOUND, VERSION_CONFLICT } from './load'
export { applyAction, type ActionPayload, type ApplyResult, type CompensationInput } from './apply'
export { recordBreaches } from './breaches'
export { dueIndexOf, nextDueOf, queueRankOf, restampDueIndex, type DueIndex } from './dueIndex'
export { linkIncident } from './incident'
export { issueCompensationCoupon, compensationCouponKey, planReservice, COMPENSATION_COUPON_VALID_DAYS } from './compensation'
export { notifyHousehold, lastNotification, mustCall, complaintNoticeKey, COMPLAINT_PAGE } from './notify'
export { householdTimeline, eventVisibility, HOUSEHOLD_VISIBLE_EVENTS, newEvent } from './timeline'
export { householdView, householdSummary } from './householdView'
export { complaintSettings, type ComplaintSettings } from './settings'
