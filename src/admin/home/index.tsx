// 首页: a greeting and today's numbers from the order desk (each opens the orders filtered to it), then the
// complaints desk: KPIs for supervisors and managers, the queue's urgent counts for agents.
import { View } from '@tarojs/components'
import AdminShell from '../components/AdminShell'
import TodayBoard from './TodayBoard'
import ComplaintBoard from './ComplaintBoard'

import './index.scss'

export default function AdminHomePage() {
  return (
    <AdminShell active='home' title='首页'>
      <View className='admin-home__stack'>
        <TodayBoard />
        <ComplaintBoard />
      </View>
    </AdminShell>
  )
}
