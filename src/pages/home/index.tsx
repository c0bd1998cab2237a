import { View } from '@tarojs/components'
import PagePlaceholder from '../../components/PagePlaceholder'

import './index.scss'

export default function HomePage() {
  return (
    <View className='pages-home'>
      <PagePlaceholder title='家政服务' description='日常保洁、深度保洁、保姆、月嫂，在线预约上门服务' />
    </View>
  )
}
