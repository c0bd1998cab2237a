// The work order's history, newest first. Internal entries (notes, levels, SLA, assignment) are marked 内部 and
// tinted: the household never sees them. What the household wrote reads as the household's.
import { View, Text } from '@tarojs/components'
import type { DeskTimelineEntry } from '@/api/complaintsDesk'
import { formatDateTime } from '@/format/time'
import { Card } from './Card'
import Photos from './Photos'

const HOUSEHOLD_EVENTS = ['created', 'household_message', 'household_confirmed', 'household_reopened']

export default function WorkOrderTimeline({ entries, now }: { entries: DeskTimelineEntry[]; now: Date }) {
  const newestFirst = [...entries].reverse()
  return (
    <Card title='处理记录' extra={<Text className='adm-muted'>共 {entries.length} 条，最新在上</Text>}>
      <View className='admin-wo__timeline'>
        {newestFirst.map((e) => {
          const internal = e.visibility === 'internal'
          const cls = ['admin-wo__event', internal && 'is-internal', HOUSEHOLD_EVENTS.includes(e.type) && 'is-household', e.type === 'note' && 'is-note']
          return (
            <View key={e.id} className={cls.filter(Boolean).join(' ')} data-testid='timeline-entry'>
              <View className='admin-wo__event-dot' />
              <View className='admin-wo__event-head'>
                {internal && <Text className='adm-tag is-internal'>内部</Text>}
                <Text className='admin-wo__event-label'>{e.label}</Text>
                <Text className='adm-muted'>{e.by}</Text>
                <Text className='adm-muted admin-wo__event-at'>{formatDateTime(e.at, now)}</Text>
              </View>
              {e.text && <Text className='admin-wo__event-text'>{e.text}</Text>}
              <Photos photos={e.photos} />
            </View>
          )
        })}
      </View>
    </Card>
  )
}
