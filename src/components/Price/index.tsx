// A price in fen shown as ¥12.50, optionally per unit (¥50.00/小时). The amount itself always comes from the server.
import { Text } from '@tarojs/components'
import { formatFen } from '../../format/money'
import './index.scss'

interface PriceProps {
  fen: number
  /** unit label, e.g. '小时' -> '¥50.00/小时' */
  unit?: string
  size?: 'small' | 'normal' | 'large'
  /** grey and struck through: an original price next to a discounted one */
  original?: boolean
  className?: string
}

export { formatFen }

export default function Price({ fen, unit, size = 'normal', original = false, className = '' }: PriceProps) {
  return (
    <Text className={`jz-price jz-price--${size}${original ? ' jz-price--original' : ''} ${className}`}>
      {formatFen(fen)}
      {unit ? <Text className='jz-price__unit'>/{unit}</Text> : null}
    </Text>
  )
}
