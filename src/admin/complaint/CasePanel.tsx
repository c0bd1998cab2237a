// 典型案例: a closed work order a supervisor or manager puts into the case library (printed as 《顾客之声》) with a
// title and the lesson learnt, or takes out again.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { complaintsDeskApi } from '@/api/complaintsDesk'
import { ApiError } from '@/api/transport'
import { useCan } from '../components/AdminShell'
import { Button, TextArea, TextInput } from '../components/Form'
import { goAdmin } from '../navigation'
import type { ActRefusal, WorkOrderHandle } from './useWorkOrderAct'
import RefusalNotice from './RefusalNotice'
import { Card } from './Card'

export default function CasePanel({ wo }: { wo: WorkOrderHandle }) {
  const mayMark = useCan()('complaints.markCase')
  const study = wo.view.caseStudy
  const [title, setTitle] = useState('')
  const [lesson, setLesson] = useState('')
  const [busy, setBusy] = useState(false)
  const [refusal, setRefusal] = useState<ActRefusal | null>(null)
  if (wo.view.step !== 'closed') return null

  const mark = async (isCase: boolean) => {
    if (isCase && !title.trim()) return setRefusal({ code: 'INVALID_ARGUMENT', message: '请填写案例标题' })
    if (isCase && !lesson.trim()) return setRefusal({ code: 'INVALID_ARGUMENT', message: '请填写经验总结' })
    setBusy(true)
    setRefusal(null)
    try {
      wo.updated(await complaintsDeskApi.complaints.markCase(wo.view.id, isCase, isCase ? { title: title.trim(), lesson: lesson.trim() } : {}))
    } catch (e) {
      const r = e instanceof ApiError ? { code: e.code, message: e.message } : { code: 'INTERNAL', message: '操作失败，请重试' }
      setRefusal(r)
      if (r.code === 'CONFLICT') wo.reload()
    } finally {
      setBusy(false)
    }
  }

  return (
    <Card title='典型案例' extra={<View className='admin-wo__link' onClick={() => goAdmin('cases')}>查看案例库</View>}>
      {study ? (
        <View className='admin-wo__form'>
          <Text className='admin-wo__strong'>《{study.title}》</Text>
          <Text>{study.lesson}</Text>
          <Text className='adm-muted'>{study.markedBy} 收入案例库</Text>
          {mayMark && (
            <View className='admin-wo__form-buttons'>
              <Button small disabled={busy} onClick={() => mark(false)}>移出案例库</Button>
            </View>
          )}
        </View>
      ) : mayMark ? (
        <View className='admin-wo__form'>
          <Text className='adm-muted'>有代表性的投诉可收入案例库，用于《顾客之声》和员工培训（不含客户个人信息）。</Text>
          <TextInput value={title} onChange={setTitle} maxlength={40} placeholder='案例标题，如：深度保洁漏擦油烟机' />
          <TextArea value={lesson} onChange={setLesson} maxlength={500} height={72} placeholder='经验总结：以后怎样避免、怎样处理更好' />
          <View className='admin-wo__form-buttons'>
            <Button small kind='primary' disabled={busy} onClick={() => mark(true)}>收入案例库</Button>
          </View>
        </View>
      ) : (
        <Text className='adm-muted'>您的角色不能收入案例库，可请有权限的同事处理。</Text>
      )}
      <RefusalNotice refusal={refusal} />
    </Card>
  )
}
