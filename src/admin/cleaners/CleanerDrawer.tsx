// One cleaner in the side drawer: her invite code, her details, on/off duty, her leave. Without a cleaner it is the
// form for a new one; once created it turns into her drawer with the invite code on top.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { adminApi, type CleanerAdminView } from '@/api/admin'
import Drawer from '../components/Drawer'
import { Button } from '../components/Form'
import { useAction } from '../useAction'
import CleanerForm from './CleanerForm'
import InviteCodeCard from './InviteCodeCard'
import LeavePanel from './LeavePanel'

interface CleanerDrawerProps {
  cleaner?: CleanerAdminView
  onClose: () => void
  onChanged: (c: CleanerAdminView) => void
}

export default function CleanerDrawer({ cleaner, onClose, onChanged }: CleanerDrawerProps) {
  const [createdId, setCreatedId] = useState('')
  const create = useAction()

  if (!cleaner) {
    return (
      <Drawer title='新增阿姨' onClose={onClose} width={560}>
        <CleanerForm
          submitText='创建并生成邀请码'
          busy={create.busy}
          error={create.error}
          onSubmit={async (input) => {
            const c = await create.run(() => adminApi.cleaners.create(input))
            if (c) {
              setCreatedId(c.id)
              onChanged(c)
            }
          }}
        />
      </Drawer>
    )
  }

  return (
    <Drawer title={`阿姨：${cleaner.name}`} onClose={onClose} width={560}>
      <View className='admin-cleaner'>
        {createdId === cleaner.id && <View className='adm-notice is-ok'>已创建阿姨「{cleaner.name}」，请把下面的邀请码发给她。</View>}
        <InviteCodeCard cleaner={cleaner} onChanged={onChanged} />
        <View className='admin-cleaner__section'>
          <Text className='admin-cleaner__title'>基本信息</Text>
          <EditForm key={cleaner.id} cleaner={cleaner} onChanged={onChanged} />
        </View>
        <ActiveSwitch cleaner={cleaner} onChanged={onChanged} />
        <LeavePanel cleaner={cleaner} onChanged={onChanged} />
      </View>
    </Drawer>
  )
}

function EditForm({ cleaner, onChanged }: { cleaner: CleanerAdminView; onChanged: (c: CleanerAdminView) => void }) {
  const save = useAction()
  const [saved, setSaved] = useState(false)
  return (
    <>
      <CleanerForm
        initial={cleaner}
        submitText='保存修改'
        busy={save.busy}
        error={save.error}
        onSubmit={async ({ phone, ...rest }) => {
          setSaved(false)
          // the phone is only known masked: an empty field keeps the stored number
          const c = await save.run(() => adminApi.cleaners.update(cleaner.id, phone ? { ...rest, phone } : rest))
          if (c) {
            setSaved(true)
            onChanged(c)
          }
        }}
      />
      {saved && <View className='adm-notice is-ok'>已保存</View>}
    </>
  )
}

function ActiveSwitch({ cleaner, onChanged }: { cleaner: CleanerAdminView; onChanged: (c: CleanerAdminView) => void }) {
  const toggle = useAction()
  const flip = async () => {
    const c = await toggle.run(() => adminApi.cleaners.update(cleaner.id, { active: !cleaner.active }))
    if (c) onChanged(c)
  }
  return (
    <View className='admin-cleaner__section'>
      <View className='admin-cleaner__row'>
        <View className='admin-cleaner__col'>
          <Text className='admin-cleaner__title'>接单状态</Text>
          <Text className='adm-muted'>
            {cleaner.active ? '在岗：可以被派单，计入可预约名额。' : '已停用：不会被派单，也无法登录阿姨端。'}
          </Text>
        </View>
        <Button kind={cleaner.active ? 'danger' : 'primary'} disabled={toggle.busy} onClick={flip}>
          {cleaner.active ? '停用' : '启用'}
        </Button>
      </View>
      {toggle.error && <View className='adm-notice' role='alert'>{toggle.error}</View>}
    </View>
  )
}
