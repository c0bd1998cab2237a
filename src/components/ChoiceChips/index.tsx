// One choice among a few short options, as chips that wrap (投诉类型, 方便联系的时间 …). Tapping the chosen chip again
// keeps it chosen; the page decides whether a choice is required.
import { View } from '@tarojs/components'
import './index.scss'

interface ChoiceChipsProps<T extends string> {
  options: ReadonlyArray<{ id: T; label: string }>
  value: T | ''
  onChange: (id: T) => void
  /** read out as the group's name */
  label: string
  disabled?: boolean
}

export default function ChoiceChips<T extends string>({ options, value, onChange, label, disabled = false }: ChoiceChipsProps<T>) {
  return (
    <View className='jz-chips' role='radiogroup' aria-label={label}>
      {options.map((o) => (
        <View
          key={o.id}
          role='radio'
          aria-checked={o.id === value}
          className={`jz-chips__chip${o.id === value ? ' jz-chips__chip--active' : ''}`}
          onClick={() => !disabled && onChange(o.id)}
        >
          {o.label}
        </View>
      ))}
    </View>
  )
}
