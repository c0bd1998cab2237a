// Answers the admin function gives, shaped by the contract types, for the admin page tests.
import type { AdminOrderView, Candidate, CleanerAdminView, MeResult, StaffView } from '@core/contract/api/admin'
import { actionsAllowed } from '../../../cloudfunctions/admin/permissions'
import Taro from '@tarojs/taro'

export const STAFF: StaffView = { id: 's1', username: 'kefu01', name: '李客服', role: 'agent', roleLabel: '客服' }

/** A signed-in staff member: a stored token and an answer to admin.me, whose `allowed` is the server's permissions
 * table for the role (admin/permissions.ts), so the pages are tested against the real table. */
export function signIn(server: { on: (fn: string, action: string, h: unknown) => unknown }, staff: StaffView = STAFF): void {
  Taro.setStorageSync('jz.token.staff', 'st.test-token')
  const me: MeResult = { staff, allowed: actionsAllowed(staff.role) }
  server.on('admin', 'me', me)
}

export function order(over: Partial<AdminOrderView> = {}): AdminOrderView {
  return {
    id: 'o1',
    orderNo: 'JZ20251123000001',
    status: 'pending_dispatch',
    statusLabel: '待派单',
    serviceName: '日常保洁 3小时',
    category: 'daily_cleaning',
    categoryLabel: '日常保洁',
    date: '2025-11-23',
    window: 'morning',
    windowLabel: '上午',
    slotLabel: '11月23日 周日 上午 08:00-12:00',
    start: '2025-11-23T00:00:00.000Z',
    end: '2025-11-23T03:00:00.000Z',
    customer: { id: 'c1', nameMasked: '王*', phoneMasked: '138****5678' },
    district: '上海市浦东新区',
    cleaner: null,
    payableFen: 15000,
    reschedulePending: false,
    quantity: 3,
    unitLabel: '小时',
    priceFen: { base: 15000, discount: 0, payable: 15000 },
    address: { contactNameMasked: '王*', phoneMasked: '138****5678', area: '上海市浦东新区' },
    requests: '请带吸尘器',
    familyNotes: { elderly: true, children: false, pets: true, notes: '猫怕生' },
    timeline: [{ at: '2025-11-22T02:00:00.000Z', type: 'created', label: '提交预约', by: '客户' }],
    reschedules: [],
    checkIn: null,
    checkOut: null,
    photos: { before: [], after: [] },
    confirmedAt: null,
    cancelReason: null,
    allowed: { dispatch: true, cancel: true, approveReschedule: false },
    ...over
  }
}

export function candidate(over: Partial<Candidate> = {}): Candidate {
  return { cleanerId: 'k1', name: '张阿姨', grade: 'gold', gradeLabel: '金牌', rating: 4.9, available: true, current: false, ...over }
}

export function cleaner(over: Partial<CleanerAdminView> = {}): CleanerAdminView {
  return {
    id: 'k1',
    name: '张阿姨',
    phoneMasked: '139****0001',
    skills: ['daily_cleaning'],
    skillLabels: ['日常保洁'],
    grade: 'regular',
    gradeLabel: '普通',
    rating: null,
    active: true,
    bound: true,
    inviteCode: null,
    leave: [],
    createdAt: '2025-11-01T00:00:00.000Z',
    ...over
  }
}
