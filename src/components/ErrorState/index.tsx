// A load failed: the server's Chinese message and a 重试 button.
import { View, Text, Button } from '@tarojs/components'
import './index.scss'

interface ErrorStateProps {
  message?: string
  onRetry?: () => void
  /** inline (inside a list, after loaded items) instead of filling the page */
  compact?: boolean
}

export default function ErrorState({ message = '加载失败，请重试', onRetry, compact = false }: ErrorStateProps) {
  return (
    <View className={`jz-error${compact ? ' jz-error--compact' : ''}`} role='alert'>
      {compact ? null : <View className='jz-error__icon'>!</View>}
      <Text className='jz-error__message'>{message}</Text>
      {onRetry ? (
        <Button className='jz-error__retry' onClick={onRetry}>重试</Button>
      ) : null}
    </View>
  )
}
