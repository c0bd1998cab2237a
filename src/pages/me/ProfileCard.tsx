// Who I am: name and masked phone, with my order and points counts; 编辑 opens a sheet to change name or phone.
import { useState } from 'react'
import { View, Text, Input, Button } from '@tarojs/components'
import * as user from '../../api/user'
import { act } from '../../api/useRequest'
import Sheet from '../../components/Sheet'
import FormField from '../../components/FormField'

interface ProfileCardProps {
  profile: user.CustomerView
  onSaved: (profile: user.CustomerView) => void
}

export default function ProfileCard({ profile, onSaved }: ProfileCardProps) {
  const [editing, setEditing] = useState(false)
  const [name, setName] = useState(profile.name)
  const [phone, setPhone] = useState('')
  const [saving, setSaving] = useState(false)

  const open = () => { setName(profile.name); setPhone(''); setEditing(true) }
  const save = async () => {
    const input: user.ProfileInput = { name: name.trim() }
    if (phone.trim()) input.phone = phone.trim()
    setSaving(true)
    const next = await act(() => user.updateProfile(input), '已保存')
    setSaving(false)
    if (next) { onSaved(next); setEditing(false) }
  }

  return (
    <View className='me-profile'>
      <View className='me-profile__row' onClick={open}>
        <View className='me-profile__avatar'>{(profile.name || '我').slice(0, 1)}</View>
        <View className='me-profile__main'>
          <Text className='me-profile__name'>{profile.name || '未填写姓名'}</Text>
          <Text className='me-profile__phone'>{profile.phoneMasked || '未填写手机号'}</Text>
        </View>
        <Text className='me-profile__edit'>编辑 ›</Text>
      </View>
      <View className='me-profile__stats'>
        <View className='me-profile__stat'>
          <Text className='me-profile__stat-value'>{profile.orderCount}</Text>
          <Text className='me-profile__stat-label'>累计订单</Text>
        </View>
        <View className='me-profile__stat'>
          <Text className='me-profile__stat-value'>{profile.points}</Text>
          <Text className='me-profile__stat-label'>积分</Text>
        </View>
        <View className='me-profile__stat'>
          <Text className='me-profile__stat-value'>{profile.addresses.length}</Text>
          <Text className='me-profile__stat-label'>服务地址</Text>
        </View>
      </View>
      <Sheet
        open={editing}
        title='编辑个人信息'
        onClose={() => setEditing(false)}
        footer={<Button className='jz-btn-primary' loading={saving} disabled={saving || !name.trim()} onClick={save}>保存</Button>}
      >
        <FormField label='姓名' required>
          <Input value={name} maxlength={20} placeholder='怎么称呼您' onInput={(e) => setName(e.detail.value)} />
        </FormField>
        <FormField label='手机号' last hint='手机号加密保存，仅显示部分号码'>
          <Input
            value={phone}
            type='number'
            maxlength={11}
            placeholder={profile.phoneMasked ? `不修改请留空（${profile.phoneMasked}）` : '11位手机号'}
            onInput={(e) => setPhone(e.detail.value)}
          />
        </FormField>
      </Sheet>
    </View>
  )
}
