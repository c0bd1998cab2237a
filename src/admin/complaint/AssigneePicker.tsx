// 分派: who takes this work order. Anyone may take it themselves when their role owns its level; a manager also sees
// the staff list (staff.list is a manager's tool) and picks anyone whose role owns the level.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { adminApi, type StaffAccountView } from '@/api/admin'
import { useRequest } from '@/api/useRequest'
import type { ComplaintLevel } from '@core/contract/complaint'
import type { StaffRole } from '@core/contract/staff'
import { useStaff } from '../components/AdminShell'
import { Button } from '../components/Form'
import type { WorkOrderActing, WorkOrderHandle } from './useWorkOrderAct'

const ROLE_RANK: Record<StaffRole, number> = { agent: 0, supervisor: 1, manager: 2 }
const LEVEL_OWNER: Record<ComplaintLevel, StaffRole> = { L1: 'agent', L2: 'supervisor', L3: 'manager' }

export const ownsLevel = (role: StaffRole, level: ComplaintLevel) => ROLE_RANK[role] >= ROLE_RANK[LEVEL_OWNER[level]]

const noStaff = () => Promise.resolve({ list: [] as StaffAccountView[], nextCursor: null })

interface AssigneePickerProps {
  wo: WorkOrderHandle
  acting: WorkOrderActing
  onDone: () => void
}

export default function AssigneePicker({ wo, acting, onDone }: AssigneePickerProps) {
  const me = useStaff()
  const level = wo.view.level
  const staff = useRequest(() => (me.role === 'manager' ? adminApi.staff.list({ limit: 50 }) : noStaff()), [me.role])
  const [picked, setPicked] = useState('')
  const current = wo.view.assignee?.id

  const people: Array<{ id: string; name: string; role: StaffRole; roleLabel: string }> =
    me.role === 'manager'
      ? (staff.data?.list ?? []).filter((s) => s.active && ownsLevel(s.role, level))
      : ownsLevel(me.role, level) ? [me] : []

  const assign = async (assigneeId: string) => {
    setPicked(assigneeId)
    if (await acting.act({ op: 'assign', assigneeId })) onDone()
  }

  return (
    <View className='admin-wo__form'>
      <Text className='adm-muted'>{level} 工单需由{LEVEL_OWNER[level] === 'agent' ? '客服' : LEVEL_OWNER[level] === 'supervisor' ? '主管' : '经理'}及以上处理。</Text>
      {staff.error && <View className='adm-notice'>{staff.error.message}</View>}
      {staff.loading && me.role === 'manager' && <Text className='adm-muted'>正在读取员工名单…</Text>}
      {!staff.loading && people.length === 0 && <Text className='adm-muted'>没有可分派的人选，请升级给上一级处理。</Text>}
      <View className='admin-wo__people'>
        {people.map((p) => (
          <View key={p.id} className='admin-wo__person'>
            <Text>{p.name}</Text>
            <Text className='adm-tag'>{p.roleLabel}</Text>
            {p.id === current ? (
              <Text className='adm-tag is-ok'>当前处理人</Text>
            ) : (
              <Button small kind='primary' disabled={acting.busy} onClick={() => assign(p.id)}>
                {acting.busy && picked === p.id ? '分派中…' : p.id === me.id ? '分派给我' : '分派给 TA'}
              </Button>
            )}
          </View>
        ))}
      </View>
    </View>
  )
}
