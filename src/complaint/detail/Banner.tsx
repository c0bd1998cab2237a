// The top of a complaint: where it stands in large type and what happens next, in the household's terms.
import { View, Text } from '@tarojs/components'
import type { ComplaintStatus, ComplaintView } from '@/api/complaint'

const NEXT: Record<ComplaintStatus, string> = {
  open: '我们正在处理，处理进展会通过微信通知您',
  awaiting_confirmation: '处理方案已提交，请确认您是否满意',
  closed: '投诉已结案，感谢您的反馈'
}

export default function Banner({ view }: { view: ComplaintView }) {
  return (
    <View className={`complaint-banner complaint-banner--${view.status}`}>
      <Text className='complaint-banner__status'>{view.statusLabel}</Text>
      <Text className='complaint-banner__next'>{NEXT[view.status]}</Text>
      <Text className='complaint-banner__ticket'>工单号 {view.ticketNo}</Text>
    </View>
  )
}
