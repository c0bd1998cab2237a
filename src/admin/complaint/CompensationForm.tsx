// 提出补偿: a coupon (amount typed in yuan, sent in fen) or a free re-service (返工/复检) on a day and window.
// Who may grant how much is the server's rule: within one's limit it is granted at once, above it the server either
// refuses (PERMISSION_DENIED, shown as it says) or files it for a supervisor's / manager's approval.
import { useState } from 'react'
import { View, Text, Picker } from '@tarojs/components'
import type { CompensationKind } from '@core/contract/complaint'
import type { TimeWindowId } from '@core/contract/order'
import { formatDate } from '@/format/time'
import { Button, ChipSelect, TextArea, TextInput } from '../components/Form'
import { addDays, shanghaiToday } from '@/format/time'
import { WINDOW_OPTIONS } from '../vocabulary'
import type { WorkOrderActing, WorkOrderHandle } from './useWorkOrderAct'

const KIND_OPTIONS = [
  { value: 'coupon', label: '优惠券' },
  { value: 're_service', label: '免费返工/复检' }
] as const satisfies ReadonlyArray<{ value: CompensationKind; label: string }>

const YUAN = /^\d{1,6}(\.\d{1,2})?$/

/** '50' / '50.5' / '50.50' -> 5000 / 5050 / 5050; anything else (or zero) null. */
export function yuanToFen(input: string): number | null {
  const v = input.trim()
  if (!YUAN.test(v)) return null
  const [whole, frac = ''] = v.split('.')
  const fen = Number(whole) * 100 + Number(frac.padEnd(2, '0'))
  return fen > 0 ? fen : null
}

const DAY_NAMES = ['明天', '后天']

function dayOptions(today: string) {
  return Array.from({ length: 7 }, (_, i) => {
    const date = addDays(today, i + 1)
    return { value: date, label: `${DAY_NAMES[i] ?? ''}${DAY_NAMES[i] ? ' ' : ''}${formatDate(date)}` }
  })
}

interface CompensationFormProps {
  wo: WorkOrderHandle
  acting: WorkOrderActing
  onDone: () => void
}

export default function CompensationForm({ wo, acting, onDone }: CompensationFormProps) {
  const [kind, setKind] = useState<CompensationKind>('coupon')
  const [yuan, setYuan] = useState('')
  const [date, setDate] = useState('')
  const [slot, setSlot] = useState<TimeWindowId | ''>('')
  const [note, setNote] = useState('')
  const today = shanghaiToday()
  const days = dayOptions(today)
  const otherDay = date && !days.some((d) => d.value === date) ? date : ''
  const order = wo.view.order

  const submit = async () => {
    const invalid = (message: string) => acting.setRefusal({ code: 'INVALID_ARGUMENT', message })
    const extra = note.trim() ? { note: note.trim() } : {}
    if (kind === 'coupon') {
      const amountFen = yuanToFen(yuan)
      if (amountFen === null) return invalid('请填写优惠券金额（元），最多两位小数，如 50 或 49.90')
      if (await acting.act({ op: 'compensate', compensation: { kind, amountFen, ...extra } })) onDone()
      return
    }
    if (!order) return invalid('这张投诉没有关联订单，无法安排免费返工')
    if (!date) return invalid('请选择返工的服务日期')
    if (!slot) return invalid('请选择返工的服务时段')
    if (await acting.act({ op: 'compensate', compensation: { kind, date, window: slot, ...extra } })) onDone()
  }

  return (
    <View className='admin-wo__form'>
      <ChipSelect options={KIND_OPTIONS} selected={[kind]} onToggle={setKind} />
      {kind === 'coupon' ? (
        <View className='admin-wo__inline'>
          <Text>金额</Text>
          <TextInput value={yuan} onChange={setYuan} placeholder='如 50' width={120} maxlength={9} />
          <Text>元</Text>
        </View>
      ) : (
        <>
          <Text className='adm-muted'>
            {order ? `按原服务「${order.serviceName}」免费上门一次，价值按服务原价计。` : '这张投诉没有关联订单，无法安排免费返工。'}
          </Text>
          <View className='admin-wo__inline is-top'>
            <Text className='admin-wo__inline-label'>日期</Text>
            <View className='adm-chips'>
              <ChipSelect options={days} selected={[date]} onToggle={setDate} />
              <Picker mode='date' value={date || addDays(today, 1)} start={addDays(today, 1)} onChange={(e) => setDate(String(e.detail.value))}>
                <View className={`adm-chip${otherDay ? ' is-on' : ''}`}>{otherDay ? formatDate(otherDay) : '其他日期…'}</View>
              </Picker>
            </View>
          </View>
          <View className='admin-wo__inline is-top'>
            <Text className='admin-wo__inline-label'>时段</Text>
            <ChipSelect options={WINDOW_OPTIONS} selected={[slot]} onToggle={setSlot} />
          </View>
        </>
      )}
      <TextArea value={note} onChange={setNote} maxlength={200} height={56} placeholder='补偿说明（选填），如：漏扫厨房，致歉补偿' />
      <Text className='adm-muted'>超出您审批额度的补偿需上级审批。</Text>
      <View className='admin-wo__form-buttons'>
        <Button small kind='primary' disabled={acting.busy} onClick={submit}>{acting.busy ? '提交中…' : '确认提出补偿'}</Button>
      </View>
    </View>
  )
}
