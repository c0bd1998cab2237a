// One row of a form or a detail card: label on the left, value or control on the right (or below, `vertical`).
// With `onClick` the row shows a › and acts like a link (pickers, navigation).
import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import './index.scss'

interface FormFieldProps {
  label: string
  required?: boolean
  /** shown when there are no children */
  value?: ReactNode
  placeholder?: string
  hint?: string
  vertical?: boolean
  onClick?: () => void
  arrow?: boolean
  /** no separator line under the row */
  last?: boolean
  children?: ReactNode
}

export default function FormField(props: FormFieldProps) {
  const { label, required, value, placeholder, hint, vertical = false, onClick, arrow = !!onClick, last = false, children } = props
  const hasValue = value !== undefined && value !== null && value !== ''
  return (
    <View className={`jz-field${vertical ? ' jz-field--vertical' : ''}${last ? ' jz-field--last' : ''}`} onClick={onClick}>
      <View className='jz-field__label'>
        <Text>{label}</Text>
        {required ? <Text className='jz-field__required'>*</Text> : null}
      </View>
      <View className='jz-field__control'>
        {children ?? (
          <Text className={hasValue ? 'jz-field__value' : 'jz-field__placeholder'}>{hasValue ? value : placeholder ?? ''}</Text>
        )}
        {hint ? <Text className='jz-field__hint'>{hint}</Text> : null}
      </View>
      {arrow ? <Text className='jz-field__arrow'>›</Text> : null}
    </View>
  )
}
