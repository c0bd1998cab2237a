import { View } from '@tarojs/components'
import PagePlaceholder from '../../components/PagePlaceholder'

import './index.scss'

export default function CleanerBindPage() {
  return (
    <View className='cleaner-bind'>
      <PagePlaceholder title='阿姨绑定' description='输入公司发放的绑定码，绑定您的保洁员身份' />
    </View>
  )
}
