// 家庭情况: 有老人 / 有小孩 / 有宠物 switches and a note for the cleaner. Used to prefill a booking (book page) and
// to keep the customer file (me page).
import { View, Switch, Textarea } from '@tarojs/components'
import type { FamilyInfo } from '@core/contract/api/user'
import FormField from '../FormField'
import './index.scss'

interface FamilyFieldsProps {
  value: FamilyInfo
  onChange: (value: FamilyInfo) => void
  notesLabel?: string
  /** the notes row is the card's last (no line under it) */
  last?: boolean
}

const TOGGLES: Array<{ key: 'elderly' | 'children' | 'pets'; label: string }> = [
  { key: 'elderly', label: '家中有老人' },
  { key: 'children', label: '家中有小孩' },
  { key: 'pets', label: '家中有宠物' }
]

export default function FamilyFields({ value, onChange, notesLabel = '家庭备注', last = false }: FamilyFieldsProps) {
  return (
    <View className='jz-family'>
      {TOGGLES.map((t) => (
        <FormField key={t.key} label={t.label}>
          <View className='jz-family__switch'>
            <Switch
              aria-label={t.label}
              checked={value[t.key]}
              color='#07c160'
              onChange={(e) => onChange({ ...value, [t.key]: e.detail.value })}
            />
          </View>
        </FormField>
      ))}
      <FormField label={notesLabel} vertical last={last}>
        <Textarea
          className='jz-textarea'
          value={value.notes}
          maxlength={200}
          placeholder='如：家里有只猫比较怕生，对消毒水过敏'
          onInput={(e) => onChange({ ...value, notes: e.detail.value })}
        />
      </FormField>
    </View>
  )
}
