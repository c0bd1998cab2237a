// 家庭情况 and 服务偏好: who lives here (老人 / 小孩 / 宠物, a note for the cleaner) and how they like the service.
// Prefills every booking; 保存 appears once something changed.
import { useEffect, useState } from 'react'
import { Text, Textarea, Button } from '@tarojs/components'
import * as user from '../../api/user'
import { act } from '../../api/useRequest'
import Section from '../../components/Section'
import FormField from '../../components/FormField'
import FamilyFields from '../../components/FamilyFields'

interface HouseholdCardProps {
  profile: user.CustomerView
  onSaved: (profile: user.CustomerView) => void
}

export default function HouseholdCard({ profile, onSaved }: HouseholdCardProps) {
  const [family, setFamily] = useState<user.FamilyInfo>(profile.family)
  const [preferences, setPreferences] = useState(profile.preferences)
  const [saving, setSaving] = useState(false)
  useEffect(() => { setFamily(profile.family); setPreferences(profile.preferences) }, [profile])

  const dirty = JSON.stringify(family) !== JSON.stringify(profile.family) || preferences !== profile.preferences
  const save = async () => {
    setSaving(true)
    const next = await act(() => user.updateProfile({ family, preferences: preferences.trim() }), '已保存')
    setSaving(false)
    if (next) onSaved(next)
  }

  return (
    <Section title='家庭情况与偏好'>
      <FamilyFields value={family} onChange={setFamily} />
      <FormField label='服务偏好' vertical last>
        <Textarea
          className='jz-textarea'
          value={preferences}
          maxlength={200}
          placeholder='如：希望固定阿姨，周末上午上门'
          onInput={(e) => setPreferences(e.detail.value)}
        />
      </FormField>
      <Text className='me-muted'>预约时会自动带上这些信息，方便阿姨提前准备</Text>
      {dirty ? (
        <Button className='jz-btn-primary jz-btn-block me-save' loading={saving} disabled={saving} onClick={save}>保存</Button>
      ) : null}
    </Section>
  )
}
