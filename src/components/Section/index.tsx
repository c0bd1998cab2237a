// A white card on the grey page, with an optional title row (title on the left, `extra` on the right).
import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import './index.scss'

interface SectionProps {
  title?: string
  extra?: ReactNode
  onExtraClick?: () => void
  /** no inner padding: for lists of rows that draw their own */
  flush?: boolean
  className?: string
  children?: ReactNode
}

export default function Section({ title, extra, onExtraClick, flush = false, className = '', children }: SectionProps) {
  return (
    <View className={`jz-section${flush ? ' jz-section--flush' : ''} ${className}`}>
      {title || extra ? (
        <View className='jz-section__head'>
          <Text className='jz-section__title'>{title}</Text>
          {extra ? <View className='jz-section__extra' onClick={onExtraClick}>{extra}</View> : null}
        </View>
      ) : null}
      {children}
    </View>
  )
}
