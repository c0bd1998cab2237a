// H5 only: the subscription messages WeChat would have shown in 服务通知, as recorded by the local CloudBase.
import { View, Text } from '@tarojs/components'
import * as localWx from '../../api/localWx'
import { useRequest } from '../../api/useRequest'
import Section from '../../components/Section'
import Loading from '../../components/Loading'
import ErrorState from '../../components/ErrorState'
import { formatDateTime } from '../../format/time'

function dataLines(data: localWx.DeliveredMessage['data']): string[] {
  return Object.values(data ?? {}).map((v) => String(v && typeof v === 'object' && 'value' in v ? (v as { value: unknown }).value : v))
}

const sentAtOf = (m: localWx.DeliveredMessage) => (typeof m.sentAt === 'string' ? m.sentAt : m.sentAt?.$date ?? '')

export default function DeliveredSection() {
  const delivered = useRequest(() => localWx.delivered(), [])
  return (
    <Section title='微信服务通知' extra={<Text className='delivered__hint'>本地模拟</Text>}>
      {delivered.error ? (
        <ErrorState compact message={delivered.error.message} onRetry={delivered.retry} />
      ) : !delivered.data ? (
        <Loading />
      ) : delivered.data.list.length === 0 ? (
        <Text className='delivered__empty'>暂无微信推送的通知</Text>
      ) : (
        delivered.data.list.map((m) => (
          <View key={m._id} className='delivered'>
            <View className='delivered__head'>
              <Text className='delivered__template'>模板 {m.templateId}</Text>
              <Text className='delivered__time'>{formatDateTime(sentAtOf(m))}</Text>
            </View>
            {dataLines(m.data).map((line, i) => <Text key={i} className='delivered__line'>{line}</Text>)}
          </View>
        ))
      )}
    </Section>
  )
}
