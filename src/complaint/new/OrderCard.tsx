// The order the complaint is about, as a reminder at the top of the form.
import { View, Text } from '@tarojs/components'
import type { OrderView } from '@/api/booking'
import Section from '@/components/Section'
import FormField from '@/components/FormField'

export default function OrderCard({ order }: { order: OrderView }) {
  return (
    <Section title='投诉的订单' extra={<Text>{order.statusLabel}</Text>}>
      <FormField label='服务项目' value={order.service.name} />
      <FormField label='服务时间' value={order.slotLabel} />
      {order.cleaner ? <FormField label='服务阿姨' value={order.cleaner.name} /> : null}
      <FormField label='订单编号' value={order.orderNo} last />
    </Section>
  )
}
