// 姓名, 手机, 技能 (any of the 8 categories), 等级. Checks what it can before sending; the backend has the last word.
import { useState } from 'react'
import { View } from '@tarojs/components'
import type { CleanerAdminView, CleanerInput } from '@/api/admin'
import type { ServiceCategoryId } from '@core/contract/catalog'
import type { CleanerGrade } from '@core/contract/cleaner'
import { Field, TextInput, ChipSelect, Button } from '../components/Form'
import { CATEGORY_OPTIONS, GRADE_OPTIONS } from '../vocabulary'

interface CleanerFormProps {
  initial?: CleanerAdminView
  submitText: string
  busy: boolean
  error: string
  onSubmit: (input: CleanerInput) => void
}

const PHONE = /^1\d{10}$/

export default function CleanerForm({ initial, submitText, busy, error, onSubmit }: CleanerFormProps) {
  const [name, setName] = useState(initial?.name ?? '')
  const [phone, setPhone] = useState('')
  const [skills, setSkills] = useState<ServiceCategoryId[]>(initial?.skills ?? [])
  const [grade, setGrade] = useState<CleanerGrade>(initial?.grade ?? 'regular')
  const [problem, setProblem] = useState('')

  const toggleSkill = (s: ServiceCategoryId) => setSkills((prev) => (prev.includes(s) ? prev.filter((x) => x !== s) : [...prev, s]))

  const submit = () => {
    const typedPhone = phone.replace(/[\s-]/g, '')
    const why = !name.trim()
      ? '请填写姓名'
      : (initial ? typedPhone && !PHONE.test(typedPhone) : !PHONE.test(typedPhone))
        ? '请填写11位手机号'
        : skills.length === 0
          ? '请至少选择一项技能'
          : ''
    setProblem(why)
    if (!why) onSubmit({ name: name.trim(), phone: typedPhone, skills, grade })
  }

  return (
    <View className='admin-cleaner__form'>
      <Field label='姓名'>
        <TextInput value={name} onChange={setName} placeholder='阿姨的真实姓名' maxlength={20} />
      </Field>
      <Field label={initial ? `手机号（当前 ${initial.phoneMasked}，不修改请留空）` : '手机号'}>
        <TextInput value={phone} onChange={setPhone} placeholder='11位手机号' maxlength={13} />
      </Field>
      <Field label='技能（可多选）'>
        <ChipSelect options={CATEGORY_OPTIONS} selected={skills} onToggle={toggleSkill} />
      </Field>
      <Field label='等级'>
        <ChipSelect options={GRADE_OPTIONS} selected={[grade]} onToggle={setGrade} />
      </Field>
      {(problem || error) && <View className='adm-notice admin-cleaner__error' role='alert'>{problem || error}</View>}
      <View className='admin-cleaner__submit'>
        <Button kind='primary' disabled={busy} onClick={submit}>{busy ? '提交中…' : submitText}</Button>
      </View>
    </View>
  )
}
