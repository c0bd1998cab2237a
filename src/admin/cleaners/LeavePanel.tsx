// Her leave: whole days, from-to (both included). Adding leave that covers a job she holds is refused by the backend
// with the orders to reassign first.
import { useState } from 'react'
import { View, Text, Picker } from '@tarojs/components'
import { adminApi, type CleanerAdminView } from '@/api/admin'
import { Field, TextInput, Button } from '../components/Form'
import { useAction } from '../useAction'
import { shanghaiToday } from '@/format/time'

interface LeavePanelProps {
  cleaner: CleanerAdminView
  onChanged: (c: CleanerAdminView) => void
}

function DateField({ label, value, onChange }: { label: string; value: string; onChange: (d: string) => void }) {
  return (
    <Field label={label}>
      <Picker mode='date' value={value} onChange={(e) => onChange(String(e.detail.value))}>
        <View className='adm-input admin-cleaner__date'>{value}</View>
      </Picker>
    </Field>
  )
}

export default function LeavePanel({ cleaner, onChanged }: LeavePanelProps) {
  const today = shanghaiToday()
  const [from, setFrom] = useState(today)
  const [to, setTo] = useState(today)
  const [reason, setReason] = useState('')
  const action = useAction()

  const add = async () => {
    if (to < from) return action.setError('结束日期不能早于开始日期')
    const c = await action.run(() => adminApi.cleaners.leave(cleaner.id, 'add', { from, to, reason: reason.trim() || undefined }))
    if (c) {
      setReason('')
      onChanged(c)
    }
  }
  const remove = async (span: { from: string; to: string }) => {
    const c = await action.run(() => adminApi.cleaners.leave(cleaner.id, 'remove', span))
    if (c) onChanged(c)
  }

  return (
    <View className='admin-cleaner__section'>
      <Text className='admin-cleaner__title'>请假</Text>
      {cleaner.leave.length === 0 && <Text className='adm-muted'>暂无请假</Text>}
      {cleaner.leave.map((l) => (
        <View key={`${l.from}-${l.to}`} className='admin-cleaner__leave'>
          <Text>{l.from === l.to ? l.from : `${l.from} 至 ${l.to}`}{l.reason ? `（${l.reason}）` : ''}</Text>
          <Button small kind='danger' disabled={action.busy} onClick={() => remove(l)}>删除</Button>
        </View>
      ))}
      <View className='admin-cleaner__leave-form'>
        <DateField label='开始日期' value={from} onChange={(d) => { setFrom(d); if (to < d) setTo(d) }} />
        <DateField label='结束日期' value={to} onChange={setTo} />
        <Field label='原因（选填）'>
          <TextInput value={reason} onChange={setReason} placeholder='如：回老家' maxlength={100} />
        </Field>
        <Button kind='primary' disabled={action.busy} onClick={add}>添加请假</Button>
      </View>
      {action.error && <View className='adm-notice' role='alert'>{action.error}</View>}
    </View>
  )
}
