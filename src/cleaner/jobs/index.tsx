import { View } from '@tarojs/components'
import PagePlaceholder from '../../components/PagePlaceholder'

import './index.scss'

export default function CleanerJobsPage() {
  return (
    <View className='cleaner-jobs'>
      <PagePlaceholder title='我的工单' description='今天和接下来要上门的服务' />
    </View>
  )
}
