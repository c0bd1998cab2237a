// Something is on its way: a small spinner and a line of text, centred in the space it is given.
import { View, Text } from '@tarojs/components'
import './index.scss'

interface LoadingProps {
  text?: string
  /** fill the screen height (a page's first load) instead of a short block inside a list */
  full?: boolean
}

export default function Loading({ text = '加载中…', full = false }: LoadingProps) {
  return (
    <View className={`jz-loading${full ? ' jz-loading--full' : ''}`} aria-busy='true'>
      <View className='jz-loading__spinner' />
      <Text className='jz-loading__text'>{text}</Text>
    </View>
  )
}
