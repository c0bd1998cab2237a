// The desks in the side menu. A desk without a page is shown greyed out as 即将上线 until it is built.
export type AdminPage = 'home' | 'orders' | 'cleaners'

export interface MenuItem {
  key: string
  label: string
  page?: AdminPage
}

export const ADMIN_MENU: readonly MenuItem[] = [
  { key: 'home', label: '首页', page: 'home' },
  { key: 'orders', label: '订单调度', page: 'orders' },
  { key: 'cleaners', label: '阿姨管理', page: 'cleaners' },
  { key: 'complaints', label: '投诉工单' },
  { key: 'revisits', label: '回访' },
  { key: 'customers', label: '客户' },
  { key: 'marketing', label: '营销' },
  { key: 'dashboard', label: '数据看板' }
]
