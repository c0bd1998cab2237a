// 投诉内容: what the household filed — the category, the order it is about (tap to open it), when to call back, when
// it was filed, the description and the photos.
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ComplaintView } from '@/api/complaint'
import Section from '@/components/Section'
import FormField from '@/components/FormField'
import PhotoGrid from '@/components/PhotoGrid'
import { formatDateTime } from '@/format/time'

export default function Filed({ view }: { view: ComplaintView }) {
  const o = view.order
  return (
    <Section title='投诉内容'>
      <FormField label='问题类型' value={view.categoryLabel} />
      {o ? (
        <FormField
          label='关联订单'
          value={`${o.serviceName}｜${o.slotLabel}`}
          onClick={() => Taro.navigateTo({ url: `/pages/order/index?id=${encodeURIComponent(o.id)}` })}
        />
      ) : null}
      {view.contactTime ? <FormField label='方便联系' value={view.contactTime} /> : null}
      <FormField label='提交时间' value={formatDateTime(view.createdAt)} />
      <View className='complaint-detail__description'>
        <Text>{view.description}</Text>
      </View>
      {view.photos.length ? <PhotoGrid photos={view.photos} /> : null}
    </Section>
  )
}
