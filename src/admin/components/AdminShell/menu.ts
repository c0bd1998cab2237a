// The desks in the side menu. A desk without a page is shown greyed out as 即将上线 until it is built.
// `complaint` (one work order) has no entry of its own: it lights up 投诉工单.
export type AdminPage = 'home' | 'orders' | 'cleaners' | 'complaints' | 'complaint' | 'scripts' | 'cases' | 'drills'

export interface MenuItem {
  key: string
  label: string
  page?: AdminPage
  /** pages that light this entry up besides its own */
  also?: readonly AdminPage[]
}

export const ADMIN_MENU: readonly MenuItem[] = [
  { key: 'home', label: '首页', page: 'home' },
  { key: 'orders', label: '订单调度', page: 'orders' },
  { key: 'cleaners', label: '阿姨管理', page: 'cleaners' },
  { key: 'complaints', label: '投诉工单', page: 'complaints', also: ['complaint'] },
  { key: 'scripts', label: '话术模板', page: 'scripts' },
  { key: 'cases', label: '案例库', page: 'cases' },
  { key: 'drills', label: '情景演练', page: 'drills' },
  { key: 'revisits', label: '回访' },
  { key: 'customers', label: '客户' },
  { key: 'marketing', label: '营销' },
  { key: 'dashboard', label: '数据看板' }
]

/** Whether a menu entry stands for the page being shown. */
export function isActive(item: MenuItem, active: AdminPage): boolean {
  return item.page === active || !!item.also?.includes(active)
}
