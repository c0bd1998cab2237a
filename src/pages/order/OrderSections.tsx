// The body of an order: service and price, address, cleaner, photos, wishes and family notes, order numbers.
import { View, Text } from '@tarojs/components'
import type { OrderView } from '../../api/booking'
import Section from '../../components/Section'
import FormField from '../../components/FormField'
import Price, { formatFen } from '../../components/Price'
import PhotoGrid from '../../components/PhotoGrid'
import AddressLines from '../../components/AddressLines'
import { formatDateTime } from '../../format/time'

export function ServiceSection({ order }: { order: OrderView }) {
  const { base, discount, payable } = order.priceFen
  return (
    <Section title={order.service.name} extra={<Text>{order.service.categoryLabel}</Text>}>
      <FormField label='服务时间' value={order.slotLabel} />
      <FormField label='服务数量' value={order.quantityLabel} />
      <FormField label='服务金额' value={<Price fen={base} size='small' />} />
      {discount > 0 ? <FormField label='优惠' value={<Text className='order-discount'>-{formatFen(discount)}</Text>} /> : null}
      <FormField label='实付金额' last value={<Price fen={payable} />} />
    </Section>
  )
}

export function AddressSection({ order }: { order: OrderView }) {
  return (
    <Section title='服务地址'>
      <AddressLines address={order.address} />
    </Section>
  )
}

export function CleanerSection({ order }: { order: OrderView }) {
  const c = order.cleaner
  return (
    <Section title='服务阿姨'>
      {c ? (
        <View className='order-cleaner'>
          <View className='order-cleaner__avatar'>{c.name.slice(0, 1)}</View>
          <View className='order-cleaner__main'>
            <View className='order-cleaner__name-row'>
              <Text className='order-cleaner__name'>{c.name}</Text>
              <Text className={`order-cleaner__grade order-cleaner__grade--${c.grade}`}>{c.gradeLabel}阿姨</Text>
            </View>
            <Text className='order-cleaner__phone'>联系电话 {c.phoneMasked}</Text>
          </View>
        </View>
      ) : (
        <Text className='order-muted'>{order.status === 'cancelled' ? '订单已取消' : '暂未安排，派单后会通知您'}</Text>
      )}
    </Section>
  )
}

export function PhotosSection({ order }: { order: OrderView }) {
  const { before, after } = order.photos
  if (!before.length && !after.length) return null
  return (
    <Section title='服务照片'>
      {after.length ? (
        <View>
          <Text className='order-photos__label'>服务后</Text>
          <PhotoGrid photos={after} />
        </View>
      ) : null}
      {before.length ? (
        <View>
          <Text className='order-photos__label'>服务前</Text>
          <PhotoGrid photos={before} />
        </View>
      ) : null}
    </Section>
  )
}

const FAMILY_FLAGS: Array<['elderly' | 'children' | 'pets', string]> = [['elderly', '有老人'], ['children', '有小孩'], ['pets', '有宠物']]

export function NotesSection({ order }: { order: OrderView }) {
  const f = order.familyNotes
  const flags = f ? FAMILY_FLAGS.filter(([k]) => f[k]).map(([, label]) => label) : []
  if (!order.requests && !flags.length && !f?.notes) return null
  return (
    <Section title='备注信息'>
      {order.requests ? <FormField label='特殊要求' value={order.requests} /> : null}
      <FormField label='家庭情况' last value={[flags.join('、'), f?.notes].filter(Boolean).join('；') || '无'} />
    </Section>
  )
}

export function InfoSection({ order }: { order: OrderView }) {
  return (
    <Section title='订单信息'>
      <FormField label='订单编号' value={order.orderNo} />
      <FormField label='下单时间' value={formatDateTime(order.createdAt)} last={!order.confirmedAt} />
      {order.confirmedAt ? <FormField label='确认时间' value={formatDateTime(order.confirmedAt)} last /> : null}
    </Section>
  )
}
