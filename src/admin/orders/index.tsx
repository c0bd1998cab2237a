// 订单调度: filter the orders, open one to dispatch or reassign a cleaner, decide a reschedule request or cancel.
import { useRouter } from '@tarojs/taro'
import AdminShell from '../components/AdminShell'
import OrdersDesk from './OrdersDesk'

import './index.scss'

export default function AdminOrdersPage() {
  const { params } = useRouter()
  return (
    <AdminShell active='orders' title='订单调度'>
      <OrdersDesk initial={{ date: params.date ?? '', status: params.status ?? '', category: params.category ?? '' }} />
    </AdminShell>
  )
}
