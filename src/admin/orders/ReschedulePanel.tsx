// The household's reschedule requests; a pending one is approved (the order moves) or rejected (the held slot is freed)
// by whoever the server allows (order.allowed.approveReschedule); others see that it waits.
import { View, Text } from '@tarojs/components'
import { adminApi, type AdminOrderView, type RescheduleView } from '@/api/admin'
import { formatDateTime } from '@/format/time'
import { Button } from '../components/Form'
import { useAction } from '../useAction'

interface PanelProps {
  order: AdminOrderView
  onUpdated: (o: AdminOrderView) => void
}

export default function ReschedulePanel({ order, onUpdated }: PanelProps) {
  const action = useAction()
  const decide = async (r: RescheduleView, approve: boolean) => {
    const o = await action.run(() => adminApi.orders.approveReschedule(order.id, r.index, approve))
    if (o) onUpdated(o)
  }

  return (
    <View className='admin-order__section'>
      <Text className='admin-order__section-title'>改约申请</Text>
      {order.reschedules.map((r) => (
        <View key={r.id} className={`admin-order__request${r.status === 'pending' ? ' is-pending' : ''}`}>
          <View className='admin-order__request-main'>
            <Text>{`${r.from.slotLabel} → `}<Text className='admin-order__strong'>{r.to.slotLabel}</Text></Text>
            <Text className='adm-muted'>原因：{r.reason || '未填写'} · 申请于 {formatDateTime(r.requestedAt)}</Text>
          </View>
          {r.status === 'pending' && order.allowed.approveReschedule ? (
            <View className='admin-order__actions'>
              <Button small kind='primary' disabled={action.busy} onClick={() => decide(r, true)}>同意改约</Button>
              <Button small kind='danger' disabled={action.busy} onClick={() => decide(r, false)}>拒绝</Button>
            </View>
          ) : (
            <Text className={`adm-tag${r.status === 'pending' ? ' is-warn' : ''}`}>{r.status === 'pending' ? `${r.statusLabel} · 您的角色不能审批` : r.statusLabel}</Text>
          )}
        </View>
      ))}
      {action.error && <View className='adm-notice' role='alert'>{action.error}</View>}
    </View>
  )
}
