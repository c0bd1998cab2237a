// 首页: a greeting and today's numbers from the order desk; each number opens the orders filtered to it.
import AdminShell from '../components/AdminShell'
import TodayBoard from './TodayBoard'

import './index.scss'

export default function AdminHomePage() {
  return (
    <AdminShell active='home' title='首页'>
      <TodayBoard />
    </AdminShell>
  )
}
