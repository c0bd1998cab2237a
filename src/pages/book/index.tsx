import { View } from '@tarojs/components'
import PagePlaceholder from '../../components/PagePlaceholder'

import './index.scss'

export default function BookPage() {
  return (
    <View className='pages-book'>
      <PagePlaceholder title='预约服务' description='选择服务时间和地址，确认后提交预约' />
    </View>
  )
}
