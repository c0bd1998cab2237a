// The work order page: loads complaints.detail, keeps the answer of each action as the page's state, and reads the
// work order again after a CONFLICT. Left: what happened; right: what to do.
import { View, Text } from '@tarojs/components'
import { complaintsDeskApi } from '@/api/complaintsDesk'
import { ApiError } from '@/api/transport'
import { useRequest } from '@/api/useRequest'
import { Button } from '../components/Form'
import { goAdmin } from '../navigation'
import { useNow } from '../useNow'
import type { WorkOrderHandle } from './useWorkOrderAct'
import WorkOrderHeader from './WorkOrderHeader'
import ComplaintFacts from './ComplaintFacts'
import ResolutionCard from './ResolutionCard'
import { EarlierComplaints, HouseholdCard, OrderCard } from './HouseholdFile'
import WorkOrderTimeline from './WorkOrderTimeline'
import ReplyBox from './ReplyBox'
import ActionPanel from './ActionPanel'
import CompensationList from './CompensationList'
import NoteBox from './NoteBox'
import CasePanel from './CasePanel'

const noId = () => Promise.reject(new ApiError('NOT_FOUND', '没有指定工单，请从工单列表打开'))

export default function WorkOrderDesk({ complaintId }: { complaintId: string }) {
  const detail = useRequest(() => (complaintId ? complaintsDeskApi.complaints.detail(complaintId) : noId()), [complaintId])
  const now = useNow(1000)
  const view = detail.data
  const back = <View className='admin-wo__back' onClick={() => goAdmin('complaints')}>← 返回工单列表</View>

  if (!view) {
    return (
      <View className='admin-wo'>
        {back}
        {detail.error ? (
          <View className='admin-wo__state'>
            <View className='adm-notice'>{detail.error.message}</View>
            {complaintId && <Button small onClick={detail.retry}>重试</Button>}
          </View>
        ) : (
          <Text className='adm-muted'>加载中…</Text>
        )}
      </View>
    )
  }

  const wo: WorkOrderHandle = { view, updated: detail.setData, reload: detail.retry }
  return (
    <View className='admin-wo'>
      <View className='admin-wo__topline'>
        {back}
        {detail.loading && <Text className='adm-muted'>正在更新…</Text>}
        {detail.error && <Text className='adm-error'>{detail.error.message}</Text>}
      </View>
      <WorkOrderHeader wo={view} now={now} />
      {view.mustCall && view.step !== 'closed' && (
        <View className='admin-wo__call' role='alert'>
          <Text className='admin-wo__call-title'>请电话联系客户</Text>
          <Text>
            客户的消息通知额度已用完，最近一条进度通知没有送达。请致电 {view.household.nameMasked} {view.household.phoneMasked}
            {view.contactTime ? `（方便联系：${view.contactTime}）` : ''}，并把通话结果记为内部备注。
          </Text>
        </View>
      )}
      <View className='admin-wo__grid'>
        <View className='admin-wo__col'>
          <ComplaintFacts wo={view} />
          <ResolutionCard wo={view} now={now} />
          <View className='admin-wo__pair'>
            <HouseholdCard wo={view} now={now} />
            <OrderCard wo={view} now={now} />
          </View>
          <EarlierComplaints wo={view} now={now} />
          <WorkOrderTimeline entries={view.timeline} now={now} />
        </View>
        <View className='admin-wo__col is-side'>
          <ReplyBox wo={wo} />
          <ActionPanel wo={wo} />
          <CompensationList wo={wo} now={now} />
          <NoteBox wo={wo} />
          <CasePanel wo={wo} />
        </View>
      </View>
    </View>
  )
}
