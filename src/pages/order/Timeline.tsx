// 订单进度: what happened to the order, newest first, with the time and any note (a reason, a cleaner's remark).
import { View, Text } from '@tarojs/components'
import type { TimelineView } from '../../api/booking'
import { formatDateTime } from '../../format/time'

export default function Timeline({ entries }: { entries: TimelineView[] }) {
  const newestFirst = [...entries].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
  return (
    <View className='order-timeline'>
      {newestFirst.map((e, i) => (
        <View key={`${e.at}-${e.type}-${i}`} className={`order-timeline__item${i === 0 ? ' order-timeline__item--latest' : ''}`}>
          <View className='order-timeline__dot' />
          <View className='order-timeline__content'>
            <Text className='order-timeline__label'>{e.label}</Text>
            {e.note ? <Text className='order-timeline__note'>{e.note}</Text> : null}
            <Text className='order-timeline__time'>{formatDateTime(e.at)}</Text>
          </View>
        </View>
      ))}
    </View>
  )
}
