// The order's history, oldest first: when, what, who.
import { View, Text } from '@tarojs/components'
import type { TimelineView } from '@/api/admin'
import { formatDateTime } from '@/format/time'

export default function OrderTimeline({ entries }: { entries: TimelineView[] }) {
  return (
    <View className='admin-order__section'>
      <Text className='admin-order__section-title'>订单记录</Text>
      <View className='admin-order__timeline'>
        {entries.map((e, i) => (
          <View key={`${e.at}-${i}`} className='admin-order__event'>
            <View className='admin-order__dot' />
            <View className='admin-order__event-body'>
              <View>
                <Text className='admin-order__event-label'>{e.label}</Text>
                <Text className='adm-muted'> · {e.by}</Text>
              </View>
              {e.note && <Text className='admin-order__event-note'>{e.note}</Text>}
              <Text className='adm-muted'>{formatDateTime(e.at)}</Text>
            </View>
          </View>
        ))}
      </View>
    </View>
  )
}
