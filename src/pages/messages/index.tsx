import { View } from '@tarojs/components'
import PagePlaceholder from '../../components/PagePlaceholder'

import './index.scss'

export default function MessagesPage() {
  return (
    <View className='pages-messages'>
      <PagePlaceholder title='消息中心' description='订单通知、回访和优惠消息' />
    </View>
  )
}
