// 确认完成: the cleaner's after photos first, then the household confirms the service is done.
import { Button, View, Text } from '@tarojs/components'
import type { OrderView } from '../../api/booking'
import Sheet from '../../components/Sheet'
import PhotoGrid from '../../components/PhotoGrid'

interface ConfirmSheetProps {
  order: OrderView
  open: boolean
  busy: boolean
  onClose: () => void
  onConfirm: () => void
}

export default function ConfirmSheet({ order, open, busy, onClose, onConfirm }: ConfirmSheetProps) {
  const after = order.photos.after
  return (
    <Sheet
      open={open}
      title='确认服务完成'
      onClose={onClose}
      footer={
        <>
          <Button className='jz-btn-plain' onClick={onClose}>再看看</Button>
          <Button className='jz-btn-primary' disabled={busy} loading={busy} onClick={onConfirm}>确认完成</Button>
        </>
      }
    >
      <View className='order-sheet__tip'>
        <Text>请查看阿姨上传的服务后照片，确认服务已完成。如有问题，请先联系客服。</Text>
      </View>
      {after.length ? (
        <View className='order-sheet__photos'>
          <PhotoGrid photos={after} />
        </View>
      ) : (
        <View className='order-sheet__tip'>
          <Text>阿姨未上传服务后照片</Text>
        </View>
      )}
    </Sheet>
  )
}
