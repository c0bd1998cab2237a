import { View } from '@tarojs/components'
import PagePlaceholder from '../../components/PagePlaceholder'

import './index.scss'

export default function AdminOrdersPage() {
  return (
    <View className='admin-orders'>
      <PagePlaceholder title='订单管理' description='查询订单、派单和改期' />
    </View>
  )
}
