// The admin function: the staff desk (h5 only). One call per action in docs/api.md; transport.ts adds the staff
// token, and an UNAUTHENTICATED answer clears it.
import type {
  AdminOrderSummary, AdminOrderView, Candidate, CleanerAdminView, LoginResult, MeResult, Page, StaffAccountView
} from '@core/contract/api/admin'
import type { ServiceCategoryId } from '@core/contract/catalog'
import type { CleanerGrade } from '@core/contract/cleaner'
import type { OrderStatus } from '@core/contract/order'
import type { StaffRole } from '@core/contract/staff'
import { call } from './transport'

export type {
  AdminOrderSummary, AdminOrderView, AdminPhoto, Candidate, CleanerAdminView, LoginResult, MeResult, Page, RescheduleView,
  StaffAccountView, StaffView, TimelineView
} from '@core/contract/api/admin'

export interface PageInput {
  cursor?: string
  limit?: number
}

export interface OrderFilter extends PageInput {
  /** Shanghai 'YYYY-MM-DD' of the service */
  date?: string
  status?: OrderStatus
  category?: ServiceCategoryId
}

export interface CleanerInput {
  name: string
  phone: string
  skills: ServiceCategoryId[]
  grade: CleanerGrade
}

export interface NewStaffInput {
  username: string
  name: string
  role: StaffRole
  password: string
}

export const adminApi = {
  login: (username: string, password: string, unlockCode?: string) =>
    call<LoginResult>('admin', 'login', { username, password, ...(unlockCode ? { unlockCode } : {}) }),
  /** the staff member and the admin actions the role may call (the server's permissions table) */
  me: () => call<MeResult>('admin', 'me'),
  logout: () => call<Record<string, never>>('admin', 'logout'),
  orders: {
    list: (filter: OrderFilter = {}) => call<Page<AdminOrderSummary>>('admin', 'orders.list', filter),
    detail: (orderId: string) => call<AdminOrderView>('admin', 'orders.detail', { orderId }),
    candidates: (orderId: string) => call<{ list: Candidate[] }>('admin', 'orders.candidates', { orderId }),
    /** assign, or reassign to another cleaner; CONFLICT when she already has a job then */
    dispatch: (orderId: string, cleanerId: string) => call<AdminOrderView>('admin', 'orders.dispatch', { orderId, cleanerId }),
    approveReschedule: (orderId: string, requestIndex: number, approve: boolean) =>
      call<AdminOrderView>('admin', 'orders.approveReschedule', { orderId, requestIndex, approve }),
    cancel: (orderId: string, reason: string) => call<AdminOrderView>('admin', 'orders.cancel', { orderId, reason })
  },
  cleaners: {
    list: (input: PageInput & { q?: string } = {}) => call<Page<CleanerAdminView>>('admin', 'cleaners.list', input),
    /** answers the new cleaner with a fresh inviteCode */
    create: (input: CleanerInput) => call<CleanerAdminView>('admin', 'cleaners.create', input),
    update: (cleanerId: string, patch: Partial<CleanerInput> & { active?: boolean }) =>
      call<CleanerAdminView>('admin', 'cleaners.update', { cleanerId, ...patch }),
    /** a new code; the old one stops working */
    invite: (cleanerId: string) => call<{ inviteCode: string }>('admin', 'cleaners.invite', { cleanerId }),
    leave: (cleanerId: string, op: 'add' | 'remove', span: { from: string; to: string; reason?: string }) =>
      call<CleanerAdminView>('admin', 'cleaners.leave', { cleanerId, op, ...span })
  },
  /** manager only */
  staff: {
    list: (input: PageInput = {}) => call<Page<StaffAccountView>>('admin', 'staff.list', input),
    create: (input: NewStaffInput) => call<StaffAccountView>('admin', 'staff.create', input),
    resetPassword: (staffId: string, password: string) =>
      call<StaffAccountView>('admin', 'staff.resetPassword', { staffId, password })
  }
}
