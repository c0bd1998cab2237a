// 投诉工单: the work-order queue. Filters, SLA countdowns (breached first), new and escalated work orders marked,
// refreshed every 30 s; a row opens the work order.
import { useRouter } from '@tarojs/taro'
import AdminShell from '../components/AdminShell'
import ComplaintsDesk from './ComplaintsDesk'
import { filtersFromQuery } from './QueueFilters'

import './index.scss'

export default function AdminComplaintsPage() {
  const { params } = useRouter()
  return (
    <AdminShell active='complaints' title='投诉工单'>
      <ComplaintsDesk initial={filtersFromQuery(params)} />
    </AdminShell>
  )
}
