import { View } from '@tarojs/components'
import PagePlaceholder from '../../components/PagePlaceholder'

import './index.scss'

export default function AdminLoginPage() {
  return (
    <View className='admin-login'>
      <PagePlaceholder title='员工登录' description='客服、主管和经理使用账号密码登录' />
    </View>
  )
}
