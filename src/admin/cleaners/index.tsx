// 阿姨管理: find a cleaner, add one (and hand her the invite code), edit her, switch her on or off, record leave.
import AdminShell from '../components/AdminShell'
import CleanersDesk from './CleanersDesk'

import './index.scss'

export default function AdminCleanersPage() {
  return (
    <AdminShell active='cleaners' title='阿姨管理'>
      <CleanersDesk />
    </AdminShell>
  )
}
