// A panel that slides up from the bottom over a dimmed page (取消订单, 改期, 新增地址 …). Tapping the dim closes it.
import type { ReactElement, ReactNode } from 'react'
import { View, Text, ScrollView } from '@tarojs/components'
import './index.scss'

interface SheetProps {
  open: boolean
  title: string
  onClose: () => void
  /** fixed at the bottom of the panel (its buttons) */
  footer?: ReactNode
  children?: ReactNode
}

/**
 * In H5 each page is its own stacking context under Taro's tab bar, so the sheet is moved to <body> to cover it.
 * The mini-program's tab bar is native and outside the page: there the sheet stays where it is rendered.
 */
function onTop(node: ReactElement): ReactElement {
  if (process.env.TARO_ENV === 'h5') {
    const { createPortal } = require('react-dom') as { createPortal: (n: ReactNode, into: Element) => ReactElement }
    return createPortal(node, document.body)
  }
  return node
}

export default function Sheet({ open, title, onClose, footer, children }: SheetProps) {
  if (!open) return null
  return onTop(
    <View className='jz-sheet' role='dialog' aria-label={title}>
      {/* catchMove: in the mini-program, dragging the dim does not scroll the page beneath */}
      <View className='jz-sheet__mask' catchMove onClick={onClose} />
      <View className='jz-sheet__panel'>
        <View className='jz-sheet__head'>
          <Text className='jz-sheet__title'>{title}</Text>
          <Text className='jz-sheet__close' aria-label='关闭' onClick={onClose}>×</Text>
        </View>
        <ScrollView className='jz-sheet__body' scrollY>{children}</ScrollView>
        {footer ? <View className='jz-sheet__footer'>{footer}</View> : null}
      </View>
    </View>
  )
}
