// An order's status as a small coloured tag. The label comes from the API (statusLabel); the colour from the id.
import { Text } from '@tarojs/components'
import type { OrderStatus } from '@core/contract/order'
import './index.scss'

interface StatusTagProps {
  status: OrderStatus
  label: string
}

export default function StatusTag({ status, label }: StatusTagProps) {
  return <Text className={`jz-status jz-status--${status}`}>{label}</Text>
}
