// 投诉详情: where the complaint stands (banner and the 5-step progress bar), a notice when we will phone instead of
// notifying, the proposed resolution with 满意 / 不满意，重新处理, what was filed, the timeline of what happened, and
// 补充说明 while it is open.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro, { useRouter, usePullDownRefresh } from '@tarojs/taro'
import * as complaint from '@/api/complaint'
import { ApiError } from '@/api/transport'
import { useRequest } from '@/api/useRequest'
import { useShowAgain } from '@/hooks/useShowAgain'
import Loadable from '@/components/Loadable'
import Section from '@/components/Section'
import Banner from './Banner'
import ProgressSteps from './ProgressSteps'
import Resolution from './Resolution'
import { ReopenSheet, SatisfiedSheet } from './ConfirmSheets'
import Filed from './Filed'
import ComplaintTimeline from './Timeline'
import ReplyBox from './ReplyBox'

import './index.scss'

type Answering = 'satisfied' | 'reopen' | null

export default function ComplaintDetailPage() {
  const { params } = useRouter()
  const complaintId = params.id ?? ''
  const view = useRequest(() => complaint.detail({ complaintId }), [complaintId])
  const [answering, setAnswering] = useState<Answering>(null)
  const [busy, setBusy] = useState(false)

  usePullDownRefresh(async () => {
    await view.retry()
    Taro.stopPullDownRefresh()
  })
  // Back from WeChat or another page: staff may have answered meanwhile.
  useShowAgain(() => { view.retry() })

  const answer = async (input: complaint.ConfirmInput, done: string) => {
    if (busy) return
    setBusy(true)
    try {
      view.setData(await complaint.confirm(input))
      setAnswering(null)
      Taro.showToast({ title: done, icon: 'success' })
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError('INTERNAL', '提交失败，请重试')
      Taro.showToast({ title: err.message, icon: 'none', duration: 2500 })
      // someone moved it meanwhile (staff withdrew the proposal, it closed): show the current state
      if (err.code === 'FAILED_PRECONDITION' || err.code === 'CONFLICT') { setAnswering(null); view.retry() }
    } finally {
      setBusy(false)
    }
  }

  const call = (phone: string) => Taro.makePhoneCall({ phoneNumber: phone.replace(/-/g, '') }).catch(() => undefined)

  return (
    <View className='complaint-detail'>
      <Loadable state={view}>
        {(c) => (
          <View>
            <Banner view={c} />
            {c.mustCall && c.status !== 'closed' ? (
              <View className='complaint-detail__call' role='status'>
                <Text className='complaint-detail__call-title'>我们会致电您</Text>
                <Text>
                  微信通知未能送达，客服会{c.contactTime ? `在您方便的时间（${c.contactTime}）` : '尽快'}打电话与您联系。
                </Text>
                {c.servicePhone ? (
                  <Text className='complaint-detail__call-link' onClick={() => call(c.servicePhone)}>也可拨打客服电话 {c.servicePhone} ›</Text>
                ) : null}
              </View>
            ) : null}
            <Section title='处理进度'>
              <ProgressSteps step={c.step} />
            </Section>
            <Resolution view={c} onSatisfied={() => setAnswering('satisfied')} onReopen={() => setAnswering('reopen')} />
            <Filed view={c} />
            <Section title='处理记录'>
              <ComplaintTimeline entries={c.timeline} />
            </Section>
            {c.canReply ? <ReplyBox complaintId={c.id} onSent={view.setData} covered={!!answering} /> : null}
            {answering === 'satisfied' ? (
              <SatisfiedSheet
                busy={busy}
                onClose={() => setAnswering(null)}
                onSubmit={({ rating, comment }) =>
                  answer({ complaintId: c.id, satisfied: true, rating, ...(comment ? { comment } : {}) }, '感谢您的评价')}
              />
            ) : null}
            {answering === 'reopen' ? (
              <ReopenSheet
                busy={busy}
                onClose={() => setAnswering(null)}
                onSubmit={(reason) => answer({ complaintId: c.id, satisfied: false, reason }, '已提交，我们会重新处理')}
              />
            ) : null}
          </View>
        )}
      </Loadable>
    </View>
  )
}
