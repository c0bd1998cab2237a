// One order in the list: service and status, when, where, how much.
import { View, Text } from '@tarojs/components'
import type { OrderSummary } from '../../api/booking'
import StatusTag from '../../components/StatusTag'
import Price from '../../components/Price'

interface OrderCardProps {
  order: OrderSummary
  onOpen: (id: string) => void
}

export default function OrderCard({ order, onOpen }: OrderCardProps) {
  return (
    <View className='order-card' onClick={() => onOpen(order.id)}>
      <View className='order-card__head'>
        <Text className='order-card__category'>{order.service.categoryLabel}</Text>
        <StatusTag status={order.status} label={order.statusLabel} />
      </View>
      <View className='order-card__body'>
        <Text className='order-card__name'>{order.service.name}</Text>
        <Text className='order-card__line'>时间：{order.slotLabel}</Text>
        <Text className='order-card__line'>地址：{order.area}</Text>
        {order.reschedulePending ? <Text className='order-card__notice'>改期申请审核中</Text> : null}
      </View>
      <View className='order-card__foot'>
        <Text className='order-card__quantity'>{order.quantityLabel}</Text>
        <View className='order-card__total'>
          <Text className='order-card__total-label'>实付</Text>
          <Price fen={order.priceFen.payable} />
        </View>
      </View>
    </View>
  )
}
