// 服务地址 on the booking page: the chosen address, and a sheet to choose another from the address book or add one
// right here (the new address is saved to the address book and chosen).
import { useState } from 'react'
import { View, Text, Button } from '@tarojs/components'
import * as user from '../../api/user'
import { act } from '../../api/useRequest'
import Sheet from '../../components/Sheet'
import AddressForm from '../../components/AddressForm'
import AddressLines from '../../components/AddressLines'

interface AddressPickerProps {
  addresses: user.AddressView[]
  selectedId: string | null
  onSelect: (id: string) => void
  /** the address book changed (an address was added here) */
  onAddresses: (addresses: user.AddressView[]) => void
}

export default function AddressPicker({ addresses, selectedId, onSelect, onAddresses }: AddressPickerProps) {
  const [open, setOpen] = useState(false)
  const [adding, setAdding] = useState(false)
  const [saving, setSaving] = useState(false)
  const selected = addresses.find((a) => a.id === selectedId)

  const openSheet = () => {
    setAdding(addresses.length === 0)
    setOpen(true)
  }

  const add = async (address: user.AddressInput) => {
    setSaving(true)
    const next = await act(() => user.addresses({ op: 'add', address }), '地址已保存')
    setSaving(false)
    if (!next) return
    const known = new Set(addresses.map((a) => a.id))
    const added = next.find((a) => !known.has(a.id))
    onAddresses(next)
    if (added) onSelect(added.id)
    setAdding(false)
    setOpen(false)
  }

  return (
    <View>
      <View className='book-address' onClick={openSheet}>
        {selected ? (
          <AddressLines address={selected} />
        ) : (
          <Text className='book-address__placeholder'>{addresses.length ? '请选择服务地址' : '还没有地址，点击新增'}</Text>
        )}
        <Text className='book-address__arrow'>›</Text>
      </View>
      <Sheet open={open} title={adding ? '新增地址' : '选择服务地址'} onClose={() => setOpen(false)}>
        {adding ? (
          <AddressForm submitting={saving} onSubmit={add} onCancel={addresses.length ? () => setAdding(false) : () => setOpen(false)} />
        ) : (
          <View>
            {addresses.map((a) => (
              <View
                key={a.id}
                className={`book-address-option${a.id === selectedId ? ' book-address-option--active' : ''}`}
                onClick={() => { onSelect(a.id); setOpen(false) }}
              >
                <AddressLines address={a} isDefault={a.isDefault} />
                {a.id === selectedId ? <Text className='book-address-option__check'>✓</Text> : null}
              </View>
            ))}
            <Button className='jz-btn-plain jz-btn-block book-address-option__add' onClick={() => setAdding(true)}>＋ 新增地址</Button>
          </View>
        )}
      </Sheet>
    </View>
  )
}
