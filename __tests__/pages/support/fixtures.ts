// Answers shaped exactly like the backend contract (cloudfunctions/core/contract/api/*), for the fake server.
import type { CatalogView, OrderSummary, OrderView, ServiceView, SlotsView, WindowView } from '@core/contract/api/booking'
import type { CustomerView } from '@core/contract/api/user'

export function service(over: Partial<ServiceView> = {}): ServiceView {
  return {
    id: 'svc_daily', category: 'daily_cleaning', categoryLabel: '日常保洁', name: '日常保洁（按小时）',
    description: '客厅、卧室、厨房、卫生间的日常清洁整理。', priceFen: 4500, priceDisplay: '¥45.00/小时',
    unit: 'hour', unitLabel: '小时', durationMin: 0, premium: false, quantity: { min: 2, max: 8, default: 2 },
    ...over
  }
}

export function catalog(): CatalogView {
  return {
    categories: [
      { id: 'daily_cleaning', label: '日常保洁', services: [service()] },
      {
        id: 'deep_cleaning', label: '深度保洁',
        services: [service({ id: 'svc_deep', category: 'deep_cleaning', categoryLabel: '深度保洁', name: '全屋深度保洁', priceFen: 49900, priceDisplay: '¥499.00/次', unit: 'visit', unitLabel: '次', durationMin: 360, premium: true, quantity: { min: 1, max: 10, default: 1 } })]
      },
      {
        id: 'maternity_nurse', label: '月嫂',
        services: [service({ id: 'svc_mn', category: 'maternity_nurse', categoryLabel: '月嫂', name: '金牌月嫂（26天）', priceFen: 1580000, priceDisplay: '¥15800.00/26天', unit: 'package_26d', unitLabel: '26天', quantity: { min: 1, max: 3, default: 1 } })]
      }
    ]
  }
}

const win = (window: WindowView['window'], label: string, remaining: number, reason?: string): WindowView => ({
  window, label, startsAt: '2025-11-24T00:00:00.000Z', remaining, bookable: !reason, ...(reason ? { reason } : {})
})

export function slots(): SlotsView {
  return {
    days: [
      { date: '2025-11-23', label: '今天 11月23日', windows: [win('morning', '上午 08:00-12:00', 0, '距服务开始不足2小时，请选择其他时段'), win('afternoon', '下午 13:00-17:00', 0, '已约满'), win('evening', '晚上 18:00-21:00', 0, '已约满')] },
      { date: '2025-11-24', label: '明天 11月24日', windows: [win('morning', '上午 08:00-12:00', 3), win('afternoon', '下午 13:00-17:00', 0, '已约满'), win('evening', '晚上 18:00-21:00', 1)] },
      { date: '2025-11-25', label: '周二 11月25日', windows: [win('morning', '上午 08:00-12:00', 5), win('afternoon', '下午 13:00-17:00', 5), win('evening', '晚上 18:00-21:00', 5)] }
    ]
  }
}

export function customer(over: Partial<CustomerView> = {}): CustomerView {
  return {
    id: 'cus_1', name: '李女士', phoneMasked: '138****5678',
    addresses: [{ id: 'addr_1', contactName: '李女士', phoneMasked: '138****5678', city: '杭州市', district: '西湖区', detail: '文三路100号1幢101室', isDefault: true }],
    family: { elderly: true, children: false, pets: true, notes: '猫怕生' }, preferences: '', orderCount: 2, points: 120, tier: 'regular',
    ...over
  }
}

export function orderSummary(over: Partial<OrderSummary> = {}): OrderSummary {
  return {
    id: 'ord_1', orderNo: 'JZ20251124000001', status: 'pending_dispatch', statusLabel: '待派单',
    service: { id: 'svc_daily', name: '日常保洁（按小时）', category: 'daily_cleaning', categoryLabel: '日常保洁', unit: 'hour', unitLabel: '小时' },
    quantity: 3, quantityLabel: '3小时', date: '2025-11-24', window: 'morning', slotLabel: '11月24日 周一 上午 08:00-12:00',
    start: '2025-11-24T00:00:00.000Z', end: '2025-11-24T03:00:00.000Z', area: '杭州市西湖区',
    priceFen: { base: 13500, discount: 0, payable: 13500 }, priceDisplay: '¥135.00', reschedulePending: false,
    createdAt: '2025-11-22T08:00:00.000Z',
    ...over
  }
}

/** OrderView.allowed as the server answers it; by default an order not yet dispatched, well before its start. */
export function allowed(over: Partial<OrderView['allowed']> = {}): OrderView['allowed'] {
  return { complain: false, cancel: true, reschedule: true, confirm: false, rebook: false, contactStaff: false, ...over }
}

export function orderView(over: Partial<OrderView> = {}): OrderView {
  return {
    ...orderSummary(over),
    address: { contactName: '李女士', phoneMasked: '138****5678', city: '杭州市', district: '西湖区', detail: '文三路100号1幢101室' },
    requests: '重点打扫厨房', familyNotes: { elderly: true, children: false, pets: true, notes: '猫怕生' },
    cleaner: null, photos: { before: [], after: [] },
    timeline: [{ at: '2025-11-22T08:00:00.000Z', type: 'created', label: '已下单' }],
    reschedules: [], cancelReason: null, confirmedAt: null,
    allowed: allowed(),
    ...over
  }
}
