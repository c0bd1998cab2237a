// Response types of the `admin` function (docs/api.md). The admin pages (H5) import these as types.
// Staff see personal data masked: customer name and phone, and the address only as city and district.
import type { ServiceCategoryId } from '../catalog'
import type { CleanerGrade, LeaveSpan } from '../cleaner'
import type { PriceFen, TimeWindowId } from '../order'
import type { StaffRole } from '../staff'
import type { RescheduleStatus } from '../orderHistory'
import type { Page } from './page'
import type { OrderCard } from './orderCard'
import type { FamilyInfo } from './user'

export type { Page }

export interface StaffView {
  id: string
  username: string
  name: string
  role: StaffRole
  roleLabel: string
}

/** A staff account as a manager sees it (staff.list). */
export interface StaffAccountView extends StaffView {
  active: boolean
  /** set while the account is locked after too many wrong passwords */
  lockedUntil: string | null
  lastLoginAt: string | null
  createdAt: string
}

/** admin.me: the signed-in staff member and the admin actions the role may call (the permissions table). */
export interface MeResult {
  staff: StaffView
  allowed: string[]
}

export interface LoginResult {
  token: string
  expiresAt: string
  staff: StaffView
}

/** What the staff member may do to the order now (rules/staffOrder.ts and the permissions table). */
export interface StaffOrderAllowed {
  /** assign, or reassign to another cleaner */
  dispatch: boolean
  /** cancel before the service begins */
  cancel: boolean
  /** decide the pending reschedule request */
  approveReschedule: boolean
}

export interface AdminOrderSummary extends OrderCard {
  id: string
  customer: { id: string; nameMasked: string; phoneMasked: string }
  /** city and district */
  district: string
  cleaner: { id: string; name: string } | null
  payableFen: number
  /** a household's reschedule request waits for a decision */
  reschedulePending: boolean
}

export interface TimelineView {
  at: string
  type: string
  label: string
  /** who: '员工 张三', '阿姨 王芳', '客户', '系统' */
  by: string
  note?: string
}

export interface SlotView {
  date: string
  window: TimeWindowId
  slotLabel: string
}

export interface RescheduleView {
  /** pass as requestIndex to orders.approveReschedule */
  index: number
  id: string
  from: SlotView
  to: SlotView
  reason: string
  status: RescheduleStatus
  statusLabel: string
  requestedAt: string
  decidedAt: string | null
}

export interface AdminPhoto {
  fileID: string
  url: string
}

export interface AdminOrderView extends AdminOrderSummary {
  quantity: number
  unitLabel: string
  priceFen: PriceFen
  address: { contactNameMasked: string; phoneMasked: string; area: string }
  requests: string
  familyNotes: FamilyInfo | null
  cleaner: { id: string; name: string; grade: CleanerGrade; gradeLabel: string; phoneMasked: string } | null
  timeline: TimelineView[]
  reschedules: RescheduleView[]
  checkIn: { at: string } | null
  checkOut: { at: string; note: string } | null
  photos: { before: AdminPhoto[]; after: AdminPhoto[] }
  confirmedAt: string | null
  cancelReason: string | null
  /** the desk's buttons: the server's verdicts for this staff member */
  allowed: StaffOrderAllowed
}

export interface Candidate {
  cleanerId: string
  name: string
  grade: CleanerGrade
  gradeLabel: string
  rating: number | null
  available: boolean
  /** why not: '服务期间请假', '与订单 JZ... 时间冲突', '已停用' */
  reason?: string
  /** the order's current cleaner */
  current: boolean
}

export interface CleanerAdminView {
  id: string
  name: string
  phoneMasked: string
  skills: ServiceCategoryId[]
  skillLabels: string[]
  grade: CleanerGrade
  gradeLabel: string
  rating: number | null
  active: boolean
  /** her WeChat is bound (she redeemed an invite code) */
  bound: boolean
  /** the open invite code, until she redeems it */
  inviteCode: string | null
  leave: LeaveSpan[]
  createdAt: string
}
