// A 1-5 star rating: tap a star to give that many; with `readOnly` it only shows a score. Each star says its
// meaning for screen readers (1星 很不满意 … 5星 非常满意), and the chosen meaning is written beside the stars.
import { View, Text } from '@tarojs/components'
import './index.scss'

const MEANINGS = ['很不满意', '不满意', '一般', '满意', '非常满意']

interface RatingStarsProps {
  value: number
  onChange?: (value: number) => void
  readOnly?: boolean
  size?: 'normal' | 'small'
}

export default function RatingStars({ value, onChange, readOnly = false, size = 'normal' }: RatingStarsProps) {
  return (
    <View className={`jz-stars jz-stars--${size}`} role={readOnly ? 'img' : 'radiogroup'} aria-label={`评分 ${value} 星`}>
      {MEANINGS.map((meaning, i) => (
        <View
          key={meaning}
          role={readOnly ? undefined : 'radio'}
          aria-checked={readOnly ? undefined : value === i + 1}
          aria-label={`${i + 1}星 ${meaning}`}
          className={`jz-stars__star${i < value ? ' jz-stars__star--on' : ''}`}
          onClick={() => !readOnly && onChange?.(i + 1)}
        >
          ★
        </View>
      ))}
      {value > 0 ? <Text className='jz-stars__meaning'>{MEANINGS[value - 1]}</Text> : null}
    </View>
  )
}
