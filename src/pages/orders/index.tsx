import { View } from '@tarojs/components'
import PagePlaceholder from '../../components/PagePlaceholder'

import './index.scss'

export default function OrdersPage() {
  return (
    <View className='pages-orders'>
      <PagePlaceholder title='我的订单' description='查看预约中、服务中和已完成的订单' />
    </View>
  )
}
