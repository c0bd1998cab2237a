import { View } from '@tarojs/components'
import PagePlaceholder from '../../components/PagePlaceholder'

import './index.scss'

export default function OrderPage() {
  return (
    <View className='pages-order'>
      <PagePlaceholder title='订单详情' description='订单进度、服务人员和服务前后照片' />
    </View>
  )
}
