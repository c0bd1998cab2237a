// What happened, newest first: a dot per entry (the latest one green), its label, who did it on the right, a note or
// a quoted message, photos, and the time (an order's progress, a complaint's 处理记录).
import { View, Text } from '@tarojs/components'
import PhotoGrid from '../PhotoGrid'
import { formatDateTime } from '../../format/time'
import './index.scss'

export interface TimelineEntry {
  key: string
  label: string
  /** ISO instant */
  at: string
  /** who, on the right of the label ('您', the staff member's name) */
  who?: string
  /** 'staff' draws `who` in the company's colour */
  whoKind?: string
  text?: string
  /** the text is someone's own words (a message): drawn as a quote, not as a note */
  quoted?: boolean
  photos?: Array<{ fileID: string; url: string }>
}

export default function Timeline({ entries }: { entries: TimelineEntry[] }) {
  const newestFirst = [...entries].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
  return (
    <View className='jz-timeline'>
      {newestFirst.map((e, i) => (
        <View key={e.key} className={`jz-timeline__item${i === 0 ? ' jz-timeline__item--latest' : ''}`}>
          <View className='jz-timeline__dot' />
          <View className='jz-timeline__content'>
            <View className='jz-timeline__head'>
              <Text className='jz-timeline__label'>{e.label}</Text>
              {e.who ? <Text className={`jz-timeline__who jz-timeline__who--${e.whoKind ?? 'other'}`}>{e.who}</Text> : null}
            </View>
            {e.text ? <Text className={e.quoted ? 'jz-timeline__quote' : 'jz-timeline__note'}>{e.text}</Text> : null}
            {e.photos?.length ? <View className='jz-timeline__photos'><PhotoGrid photos={e.photos} /></View> : null}
            <Text className='jz-timeline__time'>{formatDateTime(e.at)}</Text>
          </View>
        </View>
      ))}
    </View>
  )
}
