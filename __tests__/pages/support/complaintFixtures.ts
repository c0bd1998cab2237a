// Answers of the household's complaint function (contract/api/complaint.ts), for the complaint page tests.
import type { ComplaintEventView, ComplaintSummary, ComplaintView } from '@core/contract/api/complaint'
import type { ComplaintStep } from '@core/contract/complaint'
import { COMPLAINT_STEP_LABELS, COMPLAINT_STEPS } from '@core/contract/complaint'

export const TEMPLATE_ID = 'TMPL_COMPLAINT_PROGRESS'

export function summary(over: Partial<ComplaintSummary> = {}): ComplaintSummary {
  return {
    id: 'cmp_1', ticketNo: 'TS202511240001', category: 'missed_spots', categoryLabel: '漏扫/不干净',
    step: 'received', stepLabel: '已受理', status: 'open', statusLabel: '处理中',
    createdAt: '2025-11-24T06:00:00.000Z', orderNo: 'JZ20251124000001', lastEventAt: '2025-11-24T06:00:00.000Z',
    ...over
  }
}

export function event(type: ComplaintEventView['type'], label: string, at: string, over: Partial<ComplaintEventView> = {}): ComplaintEventView {
  return { id: `ev_${type}_${at}`, type, label, at, actor: 'system', actorLabel: '系统', ...over }
}

const stepsAt = (step: ComplaintStep) => {
  const i = COMPLAINT_STEPS.indexOf(step)
  return COMPLAINT_STEPS.map((s, j) => ({ step: s, label: COMPLAINT_STEP_LABELS[s], done: j < i || step === 'closed', current: j === i }))
}

export function view(over: Partial<ComplaintView> = {}): ComplaintView {
  const step = over.step ?? 'received'
  return {
    ...summary({ step, stepLabel: COMPLAINT_STEP_LABELS[step], ...over }),
    description: '厨房台面没有擦干净，油渍还在',
    photos: [{ fileID: 'cloud://local/uploads/stain.jpg', url: 'http://files/stain.jpg' }],
    contactTime: '工作日晚上7点后',
    steps: stepsAt(step),
    order: { id: 'ord_1', orderNo: 'JZ20251124000001', serviceName: '日常保洁（按小时）', slotLabel: '11月24日 周一 上午 08:00-12:00' },
    timeline: [event('created', '客户提交投诉', '2025-11-24T06:00:00.000Z', { actor: 'household', actorLabel: '您', text: '厨房台面没有擦干净，油渍还在' })],
    resolution: null,
    confirmation: null,
    canConfirm: false,
    canReply: true,
    mustCall: false,
    servicePhone: '400-800-1234',
    ...over
  }
}

/** A complaint with a resolution on the table: 免费返工 as compensation. */
export function awaiting(over: Partial<ComplaintView> = {}): ComplaintView {
  return view({
    step: 'awaiting_confirmation', status: 'awaiting_confirmation', statusLabel: '待您确认', canConfirm: true,
    resolution: { text: '已安排阿姨明天上午免费返工厨房', compensation: ['免费返工/复检：日常保洁（按小时） 11月26日 上午'], proposedAt: '2025-11-24T09:00:00.000Z' },
    ...over
  })
}
