// What was booked, for whom, where (masked: city and district), and who serves it.
import { View, Text, Image } from '@tarojs/components'
import type { AdminOrderView, AdminPhoto } from '@/api/admin'
import { formatFen } from '@/format/money'
import { formatDateTime } from '@/format/time'
import { familyTags } from '@/format/family'

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <View className='admin-order__fact'>
      <Text className='admin-order__fact-label'>{label}</Text>
      <View className='admin-order__fact-value'>{children}</View>
    </View>
  )
}

function Photos({ title, photos }: { title: string; photos: AdminPhoto[] }) {
  if (!photos.length) return null
  return (
    <Fact label={title}>
      <View className='admin-order__photos'>
        {photos.map((p) => <Image key={p.fileID} className='admin-order__photo' src={p.url} mode='aspectFill' />)}
      </View>
    </Fact>
  )
}

export default function OrderFacts({ order }: { order: AdminOrderView }) {
  const { cleaner, address, priceFen } = order
  const family = [...familyTags(order.familyNotes), order.familyNotes?.notes].filter(Boolean).join('；')
  return (
    <View className='admin-order__section'>
      <View className='admin-order__head'>
        <Text className='admin-order__service'>{order.serviceName}</Text>
        <Text className={`adm-tag is-${order.status}`}>{order.statusLabel}</Text>
        {order.reschedulePending && <Text className='adm-tag is-warn'>改约待审</Text>}
      </View>
      <Fact label='服务时间'>{order.slotLabel}</Fact>
      <Fact label='数量'>{`${order.quantity} ${order.unitLabel}`}</Fact>
      <Fact label='客户'>{`${order.customer.nameMasked} ${order.customer.phoneMasked}`}</Fact>
      <Fact label='联系人'>{`${address.contactNameMasked} ${address.phoneMasked}`}</Fact>
      <Fact label='服务区域'>{address.area}</Fact>
      <Fact label='金额'>
        {formatFen(priceFen.payable)}
        {priceFen.discount > 0 && <Text className='adm-muted'>（原价 {formatFen(priceFen.base)}，优惠 {formatFen(priceFen.discount)}）</Text>}
      </Fact>
      {order.requests && <Fact label='服务要求'>{order.requests}</Fact>}
      {family && <Fact label='家庭情况'>{family}</Fact>}
      <Fact label='服务阿姨'>
        {cleaner ? `${cleaner.name}（${cleaner.gradeLabel}） ${cleaner.phoneMasked}` : <Text className='adm-muted'>尚未派单</Text>}
      </Fact>
      {order.checkIn && <Fact label='签到'>{formatDateTime(order.checkIn.at)}</Fact>}
      {order.checkOut && <Fact label='签退'>{`${formatDateTime(order.checkOut.at)}${order.checkOut.note ? `（${order.checkOut.note}）` : ''}`}</Fact>}
      <Photos title='服务前' photos={order.photos.before} />
      <Photos title='服务后' photos={order.photos.after} />
      {order.cancelReason && <Fact label='取消原因'>{order.cancelReason}</Fact>}
    </View>
  )
}
