// The top of an order: its status in large type and what happens next, in the household's terms.
import { View, Text } from '@tarojs/components'
import type { OrderStatus } from '@core/contract/order'
import type { OrderView } from '../../api/booking'

const NEXT_STEP: Record<OrderStatus, string> = {
  pending_dispatch: '正在为您安排阿姨，安排好后会通知您',
  dispatched: '阿姨已安排，将在预约时段上门服务',
  in_service: '阿姨正在为您服务',
  awaiting_confirmation: '服务已完成，请查看服务照片并确认',
  completed: '服务已完成，感谢您的信任',
  cancelled: '订单已取消'
}

export default function StatusBanner({ order }: { order: OrderView }) {
  const pending = order.reschedules.find((r) => r.status === 'pending')
  return (
    <View className={`order-banner order-banner--${order.status}`}>
      <Text className='order-banner__status'>{order.statusLabel}</Text>
      <Text className='order-banner__next'>
        {order.status === 'cancelled' && order.cancelReason ? `取消原因：${order.cancelReason}` : NEXT_STEP[order.status]}
      </Text>
      {pending ? (
        <Text className='order-banner__notice'>改期申请审核中：{pending.to.slotLabel}</Text>
      ) : null}
    </View>
  )
}
