// One work order (?id=): on the left what happened (household file, order, earlier complaints, photos, the timeline
// with internal notes marked 内部); on the right the reply box with its scripts, the internal note and the actions
// the caller may take now.
import { useRouter } from '@tarojs/taro'
import AdminShell from '../components/AdminShell'
import WorkOrderDesk from './WorkOrderDesk'

import './index.scss'

export default function AdminComplaintPage() {
  const { params } = useRouter()
  return (
    <AdminShell active='complaint' title='投诉工单详情'>
      <WorkOrderDesk complaintId={params.id ?? ''} />
    </AdminShell>
  )
}
