// The desks in the side menu. A desk without a page is shown greyed out as 即将上线 until it is built.
// `complaint` (one work order) has no entry of its own: it lights up 投诉工单.
// Each desk names the admin action that opens it (`opens`); the menu shows it only when admin.me's `allowed` has
// that action, so who may open what is decided by the server's permissions table, never restated here.
export type AdminPage = 'home' | 'orders' | 'cleaners' | 'complaints' | 'complaint' | 'scripts' | 'cases' | 'drills'

export interface MenuItem {
  key: string
  label: string
  page?: AdminPage
  /** pages that light this entry up besides its own */
  also?: readonly AdminPage[]
  /** the admin action that opens the desk (hidden when the role may not call it); none: every staff member */
  opens?: string
}

export const ADMIN_MENU: readonly MenuItem[] = [
  { key: 'home', label: '首页', page: 'home' },
  { key: 'orders', label: '订单调度', page: 'orders', opens: 'orders.list' },
  { key: 'cleaners', label: '阿姨管理', page: 'cleaners', opens: 'cleaners.list' },
  { key: 'complaints', label: '投诉工单', page: 'complaints', also: ['complaint'], opens: 'complaints.queue' },
  { key: 'scripts', label: '话术模板', page: 'scripts', opens: 'scripts.list' },
  { key: 'cases', label: '案例库', page: 'cases', opens: 'cases.list' },
  { key: 'drills', label: '情景演练', page: 'drills', opens: 'drills.mine' },
  { key: 'revisits', label: '回访' },
  { key: 'customers', label: '客户' },
  { key: 'marketing', label: '营销' },
  { key: 'dashboard', label: '数据看板', opens: 'dashboard.kpis' }
]

/** The menu a staff member may open, given admin.me's `allowed`. */
export function menuFor(allowed: readonly string[]): MenuItem[] {
  return ADMIN_MENU.filter((item) => !item.opens || allowed.includes(item.opens))
}

/** Whether the page being shown is one the staff member may open (else the shell goes home). */
export function mayOpen(page: AdminPage, allowed: readonly string[]): boolean {
  const item = ADMIN_MENU.find((m) => m.page === page || !!m.also?.includes(page))
  return !item?.opens || allowed.includes(item.opens)
}

/** Whether a menu entry stands for the page being shown. */
export function isActive(item: MenuItem, active: AdminPage): boolean {
  return item.page === active || !!item.also?.includes(active)
}
