// Entering or editing one service address: 联系人, 手机号, 城市, 区县, 详细地址, 设为默认. Checks what a person can
// fix before sending; the server checks again. When editing, an empty phone keeps the saved one (only its mask is known).
import { useState } from 'react'
import { View, Input, Switch, Button } from '@tarojs/components'
import type { AddressInput, AddressView } from '../../api/user'
import FormField from '../FormField'
import './index.scss'

interface AddressFormProps {
  initial?: AddressView
  submitting?: boolean
  onSubmit: (address: AddressInput) => void
  onCancel?: () => void
}

const PHONE = /^1\d{10}$/

/** What is wrong with the form, in words a person can act on, or null when it can be sent. */
export function addressProblem(a: AddressInput, editing: boolean): string | null {
  if (!a.contactName.trim()) return '请填写联系人'
  if (!(editing && !a.phone) && !PHONE.test(a.phone.trim())) return '请填写11位手机号'
  if (!a.city.trim()) return '请填写城市'
  if (!a.district.trim()) return '请填写区县'
  if (!a.detail.trim()) return '请填写详细地址（小区、楼栋、门牌号）'
  return null
}

export default function AddressForm({ initial, submitting = false, onSubmit, onCancel }: AddressFormProps) {
  const editing = !!initial
  const [form, setForm] = useState<AddressInput>({
    contactName: initial?.contactName ?? '',
    phone: '',
    city: initial?.city ?? '',
    district: initial?.district ?? '',
    detail: initial?.detail ?? '',
    isDefault: initial?.isDefault ?? false
  })
  const [problem, setProblem] = useState<string | null>(null)
  const set = (key: keyof AddressInput) => (e: { detail: { value: string | boolean } }) =>
    setForm((f) => ({ ...f, [key]: e.detail.value }))

  const submit = () => {
    const p = addressProblem(form, editing)
    setProblem(p)
    if (p) return
    const trimmed: AddressInput = {
      contactName: form.contactName.trim(), phone: form.phone.trim(), city: form.city.trim(),
      district: form.district.trim(), detail: form.detail.trim(), isDefault: form.isDefault
    }
    onSubmit(trimmed)
  }

  return (
    <View className='jz-address-form'>
      <FormField label='联系人' required>
        <Input value={form.contactName} placeholder='怎么称呼您' maxlength={20} onInput={set('contactName')} />
      </FormField>
      <FormField label='手机号' required={!editing}>
        <Input
          value={form.phone}
          type='number'
          maxlength={11}
          placeholder={editing ? `不修改请留空（${initial?.phoneMasked ?? ''}）` : '阿姨上门前会联系您'}
          onInput={set('phone')}
        />
      </FormField>
      <FormField label='城市' required>
        <Input value={form.city} placeholder='如：杭州市' maxlength={20} onInput={set('city')} />
      </FormField>
      <FormField label='区县' required>
        <Input value={form.district} placeholder='如：西湖区' maxlength={20} onInput={set('district')} />
      </FormField>
      <FormField label='详细地址' required>
        <Input value={form.detail} placeholder='小区、楼栋、门牌号' maxlength={100} onInput={set('detail')} />
      </FormField>
      <FormField label='设为默认' last>
        <View className='jz-address-form__switch'>
          <Switch checked={!!form.isDefault} color='#07c160' onChange={set('isDefault')} />
        </View>
      </FormField>
      {problem ? <View className='jz-address-form__problem' role='alert'>{problem}</View> : null}
      <View className='jz-address-form__actions'>
        {onCancel ? <Button className='jz-btn-plain' onClick={onCancel}>取消</Button> : null}
        <Button className='jz-btn-primary' loading={submitting} disabled={submitting} onClick={submit}>保存地址</Button>
      </View>
    </View>
  )
}
