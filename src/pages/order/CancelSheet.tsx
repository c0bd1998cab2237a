// 取消订单: choose a reason (and add words), then confirm. The page does the call and handles a refusal.
import { useState } from 'react'
import { Button, View, Text } from '@tarojs/components'
import Sheet from '../../components/Sheet'
import ReasonFields, { reasonText, type ReasonValue } from './ReasonFields'

const CANCEL_REASONS = ['行程有变，暂时不需要', '预约时间选错了', '地址填写有误', '已找到其他服务', '价格原因', '其他原因']

interface CancelSheetProps {
  open: boolean
  busy: boolean
  onClose: () => void
  onSubmit: (reason: string) => void
}

export default function CancelSheet({ open, busy, onClose, onSubmit }: CancelSheetProps) {
  const [value, setValue] = useState<ReasonValue>({ picked: '', text: '' })
  const reason = reasonText(value)
  return (
    <Sheet
      open={open}
      title='取消订单'
      onClose={onClose}
      footer={
        <>
          <Button className='jz-btn-plain' onClick={onClose}>再想想</Button>
          <Button className='jz-btn-primary' disabled={!reason || busy} loading={busy} onClick={() => onSubmit(reason)}>确认取消</Button>
        </>
      }
    >
      <View className='order-sheet__tip'>
        <Text>服务开始前4小时以上可自助取消；取消后时段将释放给其他客户。</Text>
      </View>
      <ReasonFields label='取消原因' reasons={CANCEL_REASONS} value={value} onChange={setValue} />
    </Sheet>
  )
}
