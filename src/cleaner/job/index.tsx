import { View } from '@tarojs/components'
import PagePlaceholder from '../../components/PagePlaceholder'

import './index.scss'

export default function CleanerJobPage() {
  return (
    <View className='cleaner-job'>
      <PagePlaceholder title='工单详情' description='服务地址、客户要求、签到签退和拍照' />
    </View>
  )
}
