// Moving between admin pages. The desk is a set of h5 pages; replacing the page keeps browser history flat.
import Taro from '@tarojs/taro'
import type { AdminPage } from './components/AdminShell/menu'

export function goAdmin(page: AdminPage | 'login', query: Record<string, string> = {}): void {
  const qs = Object.entries(query)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&')
  Taro.redirectTo({ url: `/admin/${page}/index${qs ? `?${qs}` : ''}` })
}
