// A titled card of the work order page, and one label/value line inside it.
import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'

export function Card({ title, extra, children, className = '' }: { title: string; extra?: ReactNode; children: ReactNode; className?: string }) {
  return (
    <View className={`admin-wo__card ${className}`.trim()}>
      <View className='admin-wo__card-head'>
        <Text className='admin-wo__card-title'>{title}</Text>
        {extra}
      </View>
      {children}
    </View>
  )
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <View className='admin-wo__fact'>
      <Text className='admin-wo__fact-label'>{label}</Text>
      <View className='admin-wo__fact-value'>{children}</View>
    </View>
  )
}
