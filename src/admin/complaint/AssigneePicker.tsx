// 分派: who takes this work order. The server answers who may be assigned it at its current level
// (complaints.assignees: active staff whose role owns the level or is above it, per rules/complaints/workflow); anyone
// shown this form (the workflow allows them to assign) picks one of those people, themselves included.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { complaintsDeskApi } from '@/api/complaintsDesk'
import { useRequest } from '@/api/useRequest'
import { useStaff } from '../components/AdminShell'
import { Button } from '../components/Form'
import type { WorkOrderActing, WorkOrderHandle } from './useWorkOrderAct'

interface AssigneePickerProps {
  wo: WorkOrderHandle
  acting: WorkOrderActing
  onDone: () => void
}

export default function AssigneePicker({ wo, acting, onDone }: AssigneePickerProps) {
  const me = useStaff()
  const { id: complaintId, level, levelLabel } = wo.view
  // read again when the level changes (an escalation narrows who may take it)
  const people = useRequest(() => complaintsDeskApi.complaints.assignees(complaintId), [complaintId, level])
  const [picked, setPicked] = useState('')
  const current = wo.view.assignee?.id
  const list = people.data ?? []

  const assign = async (assigneeId: string) => {
    setPicked(assigneeId)
    if (await acting.act({ op: 'assign', assigneeId })) onDone()
  }

  return (
    <View className='admin-wo__form'>
      <Text className='adm-muted'>{levelLabel}工单：可分派给下列有权处理此级别的人员。</Text>
      {people.error && (
        <View className='adm-notice'>
          {people.error.message} <Button small onClick={people.retry}>重试</Button>
        </View>
      )}
      {people.loading && <Text className='adm-muted'>正在读取可分派的人选…</Text>}
      {!people.loading && !people.error && list.length === 0 && <Text className='adm-muted'>没有可分派的人选，请升级给上一级处理。</Text>}
      <View className='admin-wo__people' data-testid='assignee-picker'>
        {list.map((p) => (
          <View key={p.id} className='admin-wo__person'>
            <Text>{p.name}</Text>
            <Text className='adm-tag'>{p.roleLabel}</Text>
            {p.id === current ? (
              <Text className='adm-tag is-ok'>当前处理人</Text>
            ) : (
              <Button small kind='primary' disabled={acting.busy} onClick={() => assign(p.id)}>
                {acting.busy && picked === p.id ? '分派中…' : p.id === me.id ? '分派给我' : `分派给 ${p.name}`}
              </Button>
            )}
          </View>
        ))}
      </View>
    </View>
  )
}
