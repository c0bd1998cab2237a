// Why the household cancels or reschedules: a picked reason and, for 其他原因 (or to add detail), their own words.
import { View, Text, Picker, Textarea } from '@tarojs/components'
import FormField from '../../components/FormField'

export const OTHER_REASON = '其他原因'

export interface ReasonValue { picked: string; text: string }

/** What is sent to the server: '时间有变，暂时不需要：下周再约', or just the picked reason / the text. */
export function reasonText({ picked, text }: ReasonValue): string {
  const t = text.trim()
  if (!picked || picked === OTHER_REASON) return t
  return t ? `${picked}：${t}` : picked
}

interface ReasonFieldsProps {
  reasons: string[]
  value: ReasonValue
  onChange: (value: ReasonValue) => void
  label: string
}

export default function ReasonFields({ reasons, value, onChange, label }: ReasonFieldsProps) {
  const index = reasons.indexOf(value.picked)
  return (
    <View>
      <Picker
        mode='selector'
        range={reasons}
        value={index < 0 ? 0 : index}
        aria-label={label}
        onChange={(e) => onChange({ ...value, picked: reasons[Number(e.detail.value)] ?? '' })}
      >
        <FormField label={label} required value={value.picked} placeholder='请选择' arrow />
      </Picker>
      <FormField label='补充说明' vertical last required={value.picked === OTHER_REASON}>
        <Textarea
          className='jz-textarea'
          value={value.text}
          maxlength={150}
          placeholder={value.picked === OTHER_REASON ? '请填写原因' : '选填'}
          onInput={(e) => onChange({ ...value, text: e.detail.value })}
        />
        <Text className='order-reason__count'>{value.text.length}/150</Text>
      </FormField>
    </View>
  )
}
