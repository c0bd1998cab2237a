// 订单详情: status and what happens next, service and price, address, cleaner, photos, notes, progress; and what
// the household can do now — 取消订单, 改期, 确认完成, 再次预约 — or, inside the 4 h cutoff, contact staff; and 投诉/反馈
// about the service once a cleaner is on it. Which of these is offered is the server's `allowed` (rules/householdOrder).
import { useState } from 'react'
import { View, Button } from '@tarojs/components'
import Taro, { useRouter, usePullDownRefresh } from '@tarojs/taro'
import type { TimeWindowId } from '@core/contract/order'
import * as booking from '../../api/booking'
import { ApiError } from '../../api/transport'
import { useRequest } from '../../api/useRequest'
import Loadable from '../../components/Loadable'
import Empty from '../../components/Empty'
import Section from '../../components/Section'
import ActionBar from '../../components/ActionBar'
import Timeline from '../../components/Timeline'
import StatusBanner from './StatusBanner'
import { ServiceSection, AddressSection, CleanerSection, PhotosSection, NotesSection, InfoSection } from './OrderSections'
import CancelSheet from './CancelSheet'
import RescheduleSheet from './RescheduleSheet'
import ConfirmSheet from './ConfirmSheet'
import { showContactStaff } from './contactStaff'
import { complaintPages } from '../../complaint/navigation'

import './index.scss'

type Sheet = 'cancel' | 'reschedule' | 'confirm' | null

export default function OrderPage() {
  const { params } = useRouter()
  const orderId = params.id ?? ''
  const order = useRequest(() => booking.detail({ orderId }), [orderId])
  const [sheet, setSheet] = useState<Sheet>(null)
  const [busy, setBusy] = useState(false)

  usePullDownRefresh(async () => {
    await order.retry()
    Taro.stopPullDownRefresh()
  })

  /** Run one change; the answer is the updated order. Refusals inside the cutoff turn into "contact staff". */
  const change = async (work: () => Promise<booking.OrderView>, done: string) => {
    if (busy) return
    setBusy(true)
    try {
      order.setData(await work())
      setSheet(null)
      Taro.showToast({ title: done, icon: 'success' })
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError('INTERNAL', '操作失败，请重试')
      if (err.code === 'FAILED_PRECONDITION' && err.details?.contactStaff) {
        setSheet(null)
        await showContactStaff(err.message)
        order.retry()
      } else {
        Taro.showToast({ title: err.message, icon: 'none', duration: 2500 })
        if (err.code === 'CONFLICT' || err.code === 'FAILED_PRECONDITION') order.retry()
      }
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='pages-order'>
      <Loadable state={order}>
        {(o) => {
          if (!o) return <Empty title='订单不存在' />
          // the buttons are the server's verdicts (OrderView.allowed), never recomputed from the status here
          const can = o.allowed
          return (
            <View>
              <StatusBanner order={o} />
              <ServiceSection order={o} />
              <AddressSection order={o} />
              <CleanerSection order={o} />
              <PhotosSection order={o} />
              <NotesSection order={o} />
              <Section title='订单进度'>
                <Timeline entries={o.timeline.map((e, i) => ({ key: `${e.at}-${e.type}-${i}`, label: e.label, at: e.at, text: e.note }))} />
              </Section>
              <InfoSection order={o} />
              {Object.values(can).some(Boolean) ? (
                <ActionBar>
                  {can.complain ? (
                    <Button className='jz-btn-plain jz-btn-small' onClick={() => complaintPages.create(o.id)}>投诉/反馈</Button>
                  ) : null}
                  {can.contactStaff && o.changeRefusal ? (
                    <Button className='jz-btn-plain jz-btn-small' onClick={() => showContactStaff(o.changeRefusal!)}>联系客服</Button>
                  ) : null}
                  {can.cancel ? <Button className='jz-btn-plain jz-btn-small' onClick={() => setSheet('cancel')}>取消订单</Button> : null}
                  {can.reschedule ? (
                    <Button className='jz-btn-plain jz-btn-small' onClick={() => setSheet('reschedule')}>改期</Button>
                  ) : null}
                  {can.rebook ? (
                    <Button className='jz-btn-plain jz-btn-small' onClick={() => Taro.navigateTo({ url: `/pages/book/index?serviceId=${o.service.id}` })}>再次预约</Button>
                  ) : null}
                  {can.confirm ? <Button className='jz-btn-primary jz-btn-small' onClick={() => setSheet('confirm')}>确认完成</Button> : null}
                </ActionBar>
              ) : null}
              <CancelSheet
                open={sheet === 'cancel'}
                busy={busy}
                onClose={() => setSheet(null)}
                onSubmit={(reason) => change(() => booking.cancel({ orderId: o.id, reason }), '订单已取消')}
              />
              {sheet === 'reschedule' ? (
                <RescheduleSheet
                  order={o}
                  busy={busy}
                  onClose={() => setSheet(null)}
                  onSubmit={(to: { date: string; window: TimeWindowId; reason: string }) =>
                    change(() => booking.reschedule({ orderId: o.id, ...to }), o.status === 'dispatched' ? '已提交改期申请' : '改期成功')}
                />
              ) : null}
              <ConfirmSheet
                order={o}
                open={sheet === 'confirm'}
                busy={busy}
                onClose={() => setSheet(null)}
                onConfirm={() => change(() => booking.confirmDone({ orderId: o.id }), '已确认完成')}
              />
            </View>
          )
        }}
      </Loadable>
    </View>
  )
}
