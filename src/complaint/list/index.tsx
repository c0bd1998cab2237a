// 我的投诉: the household's complaints, newest first, with where each stands (处理中 / 待您确认 / 已结案); pull down to
// refresh, scroll to the end for more; a new complaint from the bar at the bottom.
import { View, Text, Button } from '@tarojs/components'
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import * as complaint from '@/api/complaint'
import { usePagedList } from '@/api/usePagedList'
import { useShowAgain } from '@/hooks/useShowAgain'
import Loading from '@/components/Loading'
import ErrorState from '@/components/ErrorState'
import Empty from '@/components/Empty'
import ListFooter from '@/components/ListFooter'
import ActionBar from '@/components/ActionBar'
import StatusTag from '@/components/StatusTag'
import { formatDateTime } from '@/format/time'
import { complaintPages } from '../navigation'

import './index.scss'

const PAGE_SIZE = 10

function ComplaintCard({ c }: { c: complaint.ComplaintSummary }) {
  return (
    <View className='complaint-card' onClick={() => complaintPages.detail(c.id)}>
      <View className='complaint-card__head'>
        <Text className='complaint-card__category'>{c.categoryLabel}</Text>
        <StatusTag status={c.status} label={c.statusLabel} />
      </View>
      <View className='complaint-card__body'>
        <Text className='complaint-card__line'>当前进度：{c.stepLabel}</Text>
        {c.orderNo ? <Text className='complaint-card__line'>关联订单：{c.orderNo}</Text> : null}
        <Text className='complaint-card__line'>提交时间：{formatDateTime(c.createdAt)}</Text>
      </View>
      <View className='complaint-card__foot'>
        <Text className='complaint-card__ticket'>工单号 {c.ticketNo}</Text>
        <Text className='complaint-card__more'>{c.status === 'awaiting_confirmation' ? '去确认 ›' : '查看详情 ›'}</Text>
      </View>
    </View>
  )
}

export default function ComplaintListPage() {
  const complaints = usePagedList((cursor) => complaint.list({ cursor, limit: PAGE_SIZE }), [])

  usePullDownRefresh(async () => {
    await complaints.refresh()
    Taro.stopPullDownRefresh()
  })
  useReachBottom(() => { complaints.loadMore() })
  // Back from a complaint (confirmed, replied) or from filing one: show where each stands now.
  useShowAgain(() => { complaints.refresh() })

  return (
    <View className='complaint-list'>
      {complaints.loading ? (
        <Loading full />
      ) : complaints.error ? (
        <ErrorState message={complaints.error.message} onRetry={complaints.retry} />
      ) : complaints.items.length === 0 ? (
        <Empty title='暂无投诉记录' hint='服务中遇到任何问题，都可以告诉我们' actionText='我要投诉/反馈' onAction={() => complaintPages.create()} />
      ) : (
        <View>
          {complaints.items.map((c) => <ComplaintCard key={c.id} c={c} />)}
          <ListFooter list={complaints} />
          <ActionBar>
            <Button className='jz-btn-primary jz-btn-block' onClick={() => complaintPages.create()}>我要投诉/反馈</Button>
          </ActionBar>
        </View>
      )}
    </View>
  )
}
