// 派单 / 改派: the cleaners who could take this order, each with why she can or cannot, and a button to assign her.
// A refusal (a clash that appeared since the list was read: CONFLICT) is shown here and the list is read again.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { adminApi, type AdminOrderView, type Candidate } from '@/api/admin'
import { useRequest } from '@/api/useRequest'
import { Button } from '../components/Form'
import { useAction } from '../useAction'

interface PanelProps {
  order: AdminOrderView
  onUpdated: (o: AdminOrderView) => void
}

function CandidateRow({ c, busy, onPick }: { c: Candidate; busy: boolean; onPick: () => void }) {
  return (
    <View className={`admin-order__candidate${c.available ? '' : ' is-unavailable'}`}>
      <View className='admin-order__candidate-main'>
        <Text className='admin-order__strong'>{c.name}</Text>
        <Text className='adm-tag'>{c.gradeLabel}</Text>
        {c.rating !== null && <Text className='adm-muted'>评分 {c.rating.toFixed(1)}</Text>}
      </View>
      <View className='admin-order__candidate-side'>
        {c.current ? (
          <Text className='adm-tag is-ok'>当前阿姨</Text>
        ) : c.available ? (
          <>
            <Text className='adm-tag is-ok'>可派</Text>
            <Button small kind='primary' disabled={busy} onClick={onPick}>派给她</Button>
          </>
        ) : (
          <Text className='adm-tag is-off'>{c.reason ?? '不可派'}</Text>
        )}
      </View>
    </View>
  )
}

export default function DispatchPanel({ order, onUpdated }: PanelProps) {
  const [open, setOpen] = useState(false)
  const reassign = order.cleaner !== null
  return (
    <View className='admin-order__section'>
      <View className='admin-order__section-head'>
        <Text className='admin-order__section-title'>{reassign ? '改派' : '派单'}</Text>
        {!open && <Button small kind='primary' onClick={() => setOpen(true)}>{reassign ? '改派阿姨' : '选择阿姨派单'}</Button>}
      </View>
      {open && <CandidateList order={order} onUpdated={onUpdated} />}
    </View>
  )
}

function CandidateList({ order, onUpdated }: PanelProps) {
  const candidates = useRequest(() => adminApi.orders.candidates(order.id), [order.id, order.cleaner?.id])
  const action = useAction()
  const [done, setDone] = useState('')

  const pick = async (c: Candidate) => {
    setDone('')
    const o = await action.run(() => adminApi.orders.dispatch(order.id, c.cleanerId))
    if (o) {
      setDone(`已派给 ${c.name}`)
      onUpdated(o)
    } else {
      candidates.retry()
    }
  }

  const list = candidates.data?.list ?? []
  return (
    <View className='admin-order__candidates'>
      {action.error && <View className='adm-notice' role='alert'>{action.error}</View>}
      {done && <View className='adm-notice is-ok'>{done}</View>}
      {candidates.error && <View className='adm-notice'>{candidates.error.message}</View>}
      {candidates.loading && !list.length && <Text className='adm-muted'>正在查找可派阿姨…</Text>}
      {!candidates.loading && !candidates.error && !list.length && <Text className='adm-muted'>没有具备该技能的阿姨</Text>}
      {list.map((c) => <CandidateRow key={c.cleanerId} c={c} busy={action.busy} onPick={() => pick(c)} />)}
    </View>
  )
}
