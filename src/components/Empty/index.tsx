// Nothing here yet: says so, hints what to do next, and optionally offers the action.
import { View, Text, Button } from '@tarojs/components'
import './index.scss'

interface EmptyProps {
  title: string
  hint?: string
  actionText?: string
  onAction?: () => void
}

export default function Empty({ title, hint, actionText, onAction }: EmptyProps) {
  return (
    <View className='jz-empty'>
      <View className='jz-empty__icon'>
        <View className='jz-empty__icon-line' />
        <View className='jz-empty__icon-line jz-empty__icon-line--short' />
      </View>
      <Text className='jz-empty__title'>{title}</Text>
      {hint ? <Text className='jz-empty__hint'>{hint}</Text> : null}
      {actionText && onAction ? (
        <Button className='jz-empty__action' onClick={onAction}>{actionText}</Button>
      ) : null}
    </View>
  )
}
