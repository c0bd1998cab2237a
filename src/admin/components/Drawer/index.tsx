// A panel that slides over the right side of the desk, for the details of one row.
import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'

import './index.scss'

interface DrawerProps {
  title: string
  onClose: () => void
  children: ReactNode
  width?: number
}

export default function Drawer({ title, onClose, children, width = 600 }: DrawerProps) {
  return (
    <View className='adm-drawer'>
      <View className='adm-drawer__mask' onClick={onClose} />
      <View className='adm-drawer__panel' style={{ width: `${width}px` }}>
        <View className='adm-drawer__head'>
          <Text className='adm-drawer__title'>{title}</Text>
          <View className='adm-drawer__close' onClick={onClose}>关闭</View>
        </View>
        <View className='adm-drawer__body'>{children}</View>
      </View>
    </View>
  )
}
