import { View } from '@tarojs/components'
import PagePlaceholder from '../../components/PagePlaceholder'

import './index.scss'

export default function ServicePage() {
  return (
    <View className='pages-service'>
      <PagePlaceholder title='服务详情' description='服务内容、价格和时长说明' />
    </View>
  )
}
