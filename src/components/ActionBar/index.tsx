// The bar fixed to the bottom of a page with its main actions (立即预约, 确认预约, 取消订单 …). It also leaves an
// empty block of its own height in the page flow, so the last card is never hidden under it.
import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import './index.scss'

interface ActionBarProps {
  /** left side: a price, a summary line */
  summary?: ReactNode
  children?: ReactNode
}

export default function ActionBar({ summary, children }: ActionBarProps) {
  return (
    <View className='jz-action-bar-holder'>
      <View className='jz-action-bar'>
        {summary ? <View className='jz-action-bar__summary'>{summary}</View> : null}
        <View className={`jz-action-bar__actions${summary ? '' : ' jz-action-bar__actions--wide'}`}>{children}</View>
      </View>
    </View>
  )
}
