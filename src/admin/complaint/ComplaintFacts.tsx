// What the household complained about: the words, photos, when to call back, and why the severity is what it is.
import { View, Text } from '@tarojs/components'
import type { WorkOrderView } from '@/api/complaintsDesk'
import { Card, Fact } from './Card'
import Photos from './Photos'

export default function ComplaintFacts({ wo }: { wo: WorkOrderView }) {
  return (
    <Card title='投诉内容'>
      <Text className='admin-wo__description'>{wo.description}</Text>
      <Photos photos={wo.photos} />
      {wo.contactTime && <Fact label='方便联系'>{wo.contactTime}</Fact>}
      {wo.severityReasons.length > 0 && (
        <Fact label='定级依据'>
          <View className='admin-wo__reasons'>
            {wo.severityReasons.map((r) => <Text key={r}>· {r}</Text>)}
          </View>
        </Fact>
      )}
      {(wo.keywords.length > 0 || wo.riskTags.length > 0) && (
        <Fact label='风险提示'>
          {wo.keywords.map((k) => <Text key={`k-${k}`} className='adm-tag is-sev-high'>{k}</Text>)}
          {wo.riskTags.map((t) => <Text key={`r-${t}`} className='adm-tag is-warn'>{t}</Text>)}
        </Fact>
      )}
    </Card>
  )
}
