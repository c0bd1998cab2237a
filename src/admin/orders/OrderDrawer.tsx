// One order in the side drawer: what was booked, the reschedule requests, dispatch, cancel, and the timeline.
// Each action answers the updated order, which replaces what the drawer shows and the row in the table. Which
// panels show is the server's `allowed` for this staff member (rules/staffOrder.ts), not the page's own status list.
import { View, Text } from '@tarojs/components'
import { adminApi, type AdminOrderView } from '@/api/admin'
import { useRequest } from '@/api/useRequest'
import Drawer from '../components/Drawer'
import { Button } from '../components/Form'
import OrderFacts from './OrderFacts'
import ReschedulePanel from './ReschedulePanel'
import DispatchPanel from './DispatchPanel'
import CancelPanel from './CancelPanel'
import OrderTimeline from './OrderTimeline'

interface OrderDrawerProps {
  orderId: string
  onClose: () => void
  onChanged: (order: AdminOrderView) => void
}

export default function OrderDrawer({ orderId, onClose, onChanged }: OrderDrawerProps) {
  const detail = useRequest(() => adminApi.orders.detail(orderId), [orderId])
  const order = detail.data
  const updated = (o: AdminOrderView) => {
    detail.setData(o)
    onChanged(o)
  }

  return (
    <Drawer title={order ? `订单 ${order.orderNo}` : '订单详情'} onClose={onClose}>
      {detail.error && (
        <View className='admin-order__state'>
          <View className='adm-notice'>{detail.error.message}</View>
          <Button small onClick={detail.retry}>重试</Button>
        </View>
      )}
      {!order && !detail.error && <Text className='adm-muted'>加载中…</Text>}
      {order && (
        <View className='admin-order'>
          <OrderFacts order={order} />
          {order.reschedules.length > 0 && <ReschedulePanel order={order} onUpdated={updated} />}
          {order.allowed.dispatch && <DispatchPanel order={order} onUpdated={updated} />}
          {order.allowed.cancel && <CancelPanel order={order} onUpdated={updated} />}
          <OrderTimeline entries={order.timeline} />
        </View>
      )}
    </Drawer>
  )
}
