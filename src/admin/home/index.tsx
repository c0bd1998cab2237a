import { View } from '@tarojs/components'
import PagePlaceholder from '../../components/PagePlaceholder'

import './index.scss'

export default function AdminHomePage() {
  return (
    <View className='admin-home'>
      <PagePlaceholder title='工作台' description='今日订单、待处理投诉和回访任务一览' />
    </View>
  )
}
