// The resolution on the table (or accepted), the compensation it includes, and what the household answered.
import { View, Text } from '@tarojs/components'
import type { WorkOrderView } from '@/api/complaintsDesk'
import { formatDateTime } from '@/format/time'
import { Card, Fact } from './Card'

export default function ResolutionCard({ wo, now }: { wo: WorkOrderView; now: Date }) {
  const { resolution: r, confirmation: c } = wo
  if (!r && !c) return null
  return (
    <Card title='处理方案与客户反馈'>
      {r && (
        <>
          <Fact label='处理方案'>{r.text}</Fact>
          {r.compensation.length > 0 && <Fact label='补偿'>{r.compensation.join('；')}</Fact>}
          <Fact label='提交'>{`${r.by} · ${formatDateTime(r.proposedAt, now)}`}</Fact>
        </>
      )}
      {c && (
        <Fact label='客户反馈'>
          <View className='admin-wo__confirmation'>
            <Text className={`adm-tag ${c.satisfied ? 'is-ok' : 'is-sev-critical'}`}>{c.satisfied ? '满意，已确认' : '不满意，已重开'}</Text>
            {c.rating !== null && <Text>{'★'.repeat(c.rating)}{'☆'.repeat(5 - c.rating)}</Text>}
            {(c.comment || c.reason) && <Text>{c.comment ?? c.reason}</Text>}
            <Text className='adm-muted'>{formatDateTime(c.at, now)}</Text>
          </View>
        </Fact>
      )}
    </Card>
  )
}
