// Answers the cleaner function gives, shaped by the contract types, for the cleaner page tests.
import type { JobSummary, JobView } from '@core/contract/api/cleaner'

export function jobSummary(over: Partial<JobSummary> = {}): JobSummary {
  return {
    orderId: 'o1',
    orderNo: 'JZ20251123000001',
    status: 'dispatched',
    statusLabel: '已派单',
    serviceName: '日常保洁 3小时',
    category: 'daily_cleaning',
    categoryLabel: '日常保洁',
    date: '2025-11-23',
    window: 'morning',
    windowLabel: '上午',
    slotLabel: '11月23日 周日 上午 08:00-12:00',
    start: '2025-11-23T00:00:00.000Z',
    end: '2025-11-23T03:00:00.000Z',
    district: '上海市浦东新区',
    ...over
  }
}

export function jobView(over: Partial<JobView> = {}): JobView {
  return {
    ...jobSummary(),
    address: '上海市浦东新区',
    addressFull: false,
    customer: { nameMasked: '王*', phoneMasked: '138****5678' },
    quantity: 3,
    unitLabel: '小时',
    requests: '请带吸尘器',
    family: { elderly: true, children: false, pets: true, notes: '猫怕生，请关好门' },
    photos: { before: [], after: [] },
    checkIn: null,
    checkOut: null,
    canCheckIn: false,
    checkInRefusal: '还没到服务日期（2025-11-23），请在服务当天签到',
    canCheckOut: false,
    ...over
  }
}
