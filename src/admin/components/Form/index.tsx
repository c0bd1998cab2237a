// Form pieces for the desk: a labelled field, a text input that reports its value, and chip pickers.
import type { ReactNode } from 'react'
import { View, Text, Input, Textarea } from '@tarojs/components'

interface FieldProps {
  label: string
  children: ReactNode
}

export function Field({ label, children }: FieldProps) {
  return (
    <View className='adm-field'>
      <Text className='adm-field__label'>{label}</Text>
      {children}
    </View>
  )
}

interface TextInputProps {
  value: string
  onChange: (value: string) => void
  placeholder?: string
  password?: boolean
  maxlength?: number
  width?: number
  onConfirm?: () => void
}

export function TextInput({ value, onChange, placeholder, password, maxlength, width, onConfirm }: TextInputProps) {
  return (
    <View className='adm-input' style={width ? { width: `${width}px` } : undefined}>
      <Input
        value={value}
        password={password}
        placeholder={placeholder}
        maxlength={maxlength ?? 140}
        onInput={(e) => onChange(e.detail.value)}
        onConfirm={onConfirm}
      />
    </View>
  )
}

interface TextAreaProps extends Omit<TextInputProps, 'password' | 'width' | 'onConfirm'> {
  /** a taller box for longer text (a reply, a drill answer), in px */
  height?: number
}

export function TextArea({ value, onChange, placeholder, maxlength, height }: TextAreaProps) {
  return (
    <Textarea
      className='adm-textarea'
      style={height ? { height: `${height}px` } : undefined}
      value={value}
      placeholder={placeholder}
      maxlength={maxlength ?? 200}
      onInput={(e) => onChange(e.detail.value)}
    />
  )
}

export interface ChipOption<V extends string> {
  value: V
  label: string
}

interface ChipSelectProps<V extends string> {
  options: readonly ChipOption<V>[]
  selected: readonly V[]
  onToggle: (value: V) => void
}

/** Chips that toggle; the caller decides whether one or many may be on. */
export function ChipSelect<V extends string>({ options, selected, onToggle }: ChipSelectProps<V>) {
  return (
    <View className='adm-chips'>
      {options.map((o) => (
        <View key={o.value} className={`adm-chip${selected.includes(o.value) ? ' is-on' : ''}`} onClick={() => onToggle(o.value)}>
          {o.label}
        </View>
      ))}
    </View>
  )
}

interface ButtonProps {
  children: ReactNode
  onClick: () => void
  kind?: 'primary' | 'danger' | 'default'
  small?: boolean
  disabled?: boolean
}

export function Button({ children, onClick, kind = 'default', small, disabled }: ButtonProps) {
  const cls = ['adm-btn', kind !== 'default' && `is-${kind}`, small && 'is-small', disabled && 'is-disabled'].filter(Boolean).join(' ')
  return <View className={cls} onClick={() => !disabled && onClick()}>{children}</View>
}
