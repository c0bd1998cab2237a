// An order's or a complaint's status as a small coloured tag. The label comes from the API (statusLabel); the colour
// from the id: waiting on the household is red, on the company orange/blue, done green.
import { Text } from '@tarojs/components'
import type { OrderStatus } from '@core/contract/order'
import type { ComplaintStatus } from '@core/contract/api/complaint'
import './index.scss'

interface StatusTagProps {
  status: OrderStatus | ComplaintStatus
  label: string
}

export default function StatusTag({ status, label }: StatusTagProps) {
  return <Text className={`jz-status jz-status--${status}`}>{label}</Text>
}
