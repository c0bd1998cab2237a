// Cancel on the household's behalf (staff may do it inside the 4-hour window too); a reason is required.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { adminApi, type AdminOrderView } from '@/api/admin'
import { Button, TextArea } from '../components/Form'
import { useAction } from '../useAction'

interface PanelProps {
  order: AdminOrderView
  onUpdated: (o: AdminOrderView) => void
}

export default function CancelPanel({ order, onUpdated }: PanelProps) {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState('')
  const action = useAction()

  const cancel = async () => {
    if (!reason.trim()) return action.setError('请填写取消原因')
    const o = await action.run(() => adminApi.orders.cancel(order.id, reason.trim()))
    if (o) {
      setOpen(false)
      onUpdated(o)
    }
  }

  return (
    <View className='admin-order__section'>
      <View className='admin-order__section-head'>
        <Text className='admin-order__section-title'>取消订单</Text>
        {!open && <Button small kind='danger' onClick={() => setOpen(true)}>取消订单</Button>}
      </View>
      {open && (
        <View className='admin-order__cancel'>
          <TextArea value={reason} onChange={setReason} placeholder='请填写取消原因，如：客户来电取消' />
          <View className='admin-order__actions'>
            <Button small kind='danger' disabled={action.busy} onClick={cancel}>确认取消</Button>
            <Button small onClick={() => { setOpen(false); action.setError('') }}>不取消</Button>
          </View>
        </View>
      )}
      {action.error && <View className='adm-notice' role='alert'>{action.error}</View>}
    </View>
  )
}
