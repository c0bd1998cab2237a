import { View } from '@tarojs/components'
import PagePlaceholder from '../../components/PagePlaceholder'

import './index.scss'

export default function MePage() {
  return (
    <View className='pages-me'>
      <PagePlaceholder title='我的' description='个人资料、服务地址、优惠券和会员积分' />
    </View>
  )
}
