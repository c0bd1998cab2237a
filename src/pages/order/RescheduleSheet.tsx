// 改期: choose a new day and window (live capacity for this service) and say why. Before dispatch the order moves
// at once; after dispatch it becomes a request that staff approve (the new slot is held meanwhile).
import { useState } from 'react'
import { Button, View, Text } from '@tarojs/components'
import type { TimeWindowId } from '@core/contract/order'
import * as booking from '../../api/booking'
import { useRequest } from '../../api/useRequest'
import Sheet from '../../components/Sheet'
import Loading from '../../components/Loading'
import ErrorState from '../../components/ErrorState'
import SlotPicker, { type SlotChoice } from '../../components/SlotPicker'
import ReasonFields, { reasonText, type ReasonValue } from './ReasonFields'

const RESCHEDULE_REASONS = ['临时有事', '想换个时间', '家里暂时没人', '其他原因']

interface RescheduleSheetProps {
  order: booking.OrderView
  busy: boolean
  onClose: () => void
  onSubmit: (to: { date: string; window: TimeWindowId; reason: string }) => void
}

/** Rendered only while open, so the slots are fresh each time it opens. */
export default function RescheduleSheet({ order, busy, onClose, onSubmit }: RescheduleSheetProps) {
  const slots = useRequest(() => booking.slots({ serviceId: order.service.id }), [order.service.id])
  const [slot, setSlot] = useState<SlotChoice>({ date: order.date, window: null })
  const [value, setValue] = useState<ReasonValue>({ picked: '', text: '' })
  const reason = reasonText(value)
  const ready = !!slot.window && !!reason && !busy
  return (
    <Sheet
      open
      title='修改服务时间'
      onClose={onClose}
      footer={
        <>
          <Button className='jz-btn-plain' onClick={onClose}>取消</Button>
          <Button
            className='jz-btn-primary'
            disabled={!ready}
            loading={busy}
            onClick={() => slot.window && onSubmit({ date: slot.date, window: slot.window, reason })}
          >
            确认改期
          </Button>
        </>
      }
    >
      <View className='order-sheet__tip'>
        <View>当前时间：{order.slotLabel}</View>
        {order.status === 'dispatched' ? <View>阿姨已安排，改期需客服确认，确认前新时段为您保留。</View> : null}
      </View>
      {slots.error ? (
        <ErrorState compact message={slots.error.message} onRetry={slots.retry} />
      ) : !slots.data ? (
        <Loading />
      ) : (
        <View className='order-sheet__slots'>
          <SlotPicker days={slots.data.days} value={slot} onChange={setSlot} />
        </View>
      )}
      <ReasonFields label='改期原因' reasons={RESCHEDULE_REASONS} value={value} onChange={setValue} />
    </Sheet>
  )
}
