// 常用地址: the address book — add, edit, remove, set as default. Every change answers the whole new list.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import * as user from '../../api/user'
import { act } from '../../api/useRequest'
import Section from '../../components/Section'
import Sheet from '../../components/Sheet'
import AddressForm from '../../components/AddressForm'
import AddressLines from '../../components/AddressLines'

interface AddressBookProps {
  addresses: user.AddressView[]
  onChange: (addresses: user.AddressView[]) => void
}

type Editing = { mode: 'add' } | { mode: 'edit'; address: user.AddressView } | null

export default function AddressBook({ addresses, onChange }: AddressBookProps) {
  const [editing, setEditing] = useState<Editing>(null)
  const [saving, setSaving] = useState(false)

  const run = async (op: user.AddressOp, done: string) => {
    setSaving(true)
    const next = await act(() => user.addresses(op), done)
    setSaving(false)
    if (next) { onChange(next); setEditing(null) }
  }

  const save = (a: user.AddressInput) => {
    if (editing?.mode === 'edit') {
      const { phone, ...rest } = a
      return run({ op: 'update', id: editing.address.id, address: phone ? a : rest }, '地址已更新')
    }
    return run({ op: 'add', address: a }, '地址已添加')
  }

  const remove = async (a: user.AddressView) => {
    const r = await Taro.showModal({ title: '删除地址', content: `确定删除「${a.district}${a.detail}」吗？`, confirmColor: '#fa5151' })
    if (r.confirm) run({ op: 'remove', id: a.id }, '已删除')
  }

  return (
    <Section title='常用地址' extra={<Text className='me-link'>＋ 新增地址</Text>} onExtraClick={() => setEditing({ mode: 'add' })}>
      {addresses.length === 0 ? (
        <Text className='me-muted'>还没有服务地址，新增后预约时可直接选择</Text>
      ) : (
        addresses.map((a) => (
          <View key={a.id} className='me-address'>
            <AddressLines address={a} />
            <View className='me-address__actions'>
              {a.isDefault ? (
                <Text className='me-address__default'>默认地址</Text>
              ) : (
                <Text className='me-address__action' onClick={() => run({ op: 'setDefault', id: a.id }, '已设为默认')}>设为默认</Text>
              )}
              <View className='me-address__ops'>
                <Text className='me-address__action' onClick={() => setEditing({ mode: 'edit', address: a })}>编辑</Text>
                <Text className='me-address__action me-address__action--danger' onClick={() => remove(a)}>删除</Text>
              </View>
            </View>
          </View>
        ))
      )}
      <Sheet open={!!editing} title={editing?.mode === 'edit' ? '编辑地址' : '新增地址'} onClose={() => setEditing(null)}>
        {editing ? (
          <AddressForm
            key={editing.mode === 'edit' ? editing.address.id : 'new'}
            initial={editing.mode === 'edit' ? editing.address : undefined}
            submitting={saving}
            onSubmit={save}
            onCancel={() => setEditing(null)}
          />
        ) : null}
      </Sheet>
    </Section>
  )
}
