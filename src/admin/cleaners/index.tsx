import { View } from '@tarojs/components'
import PagePlaceholder from '../../components/PagePlaceholder'

import './index.scss'

export default function AdminCleanersPage() {
  return (
    <View className='admin-cleaners'>
      <PagePlaceholder title='保洁员管理' description='保洁员档案、技能、等级和请假' />
    </View>
  )
}
