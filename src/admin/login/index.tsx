// 员工登录: username and password; the backend's refusal (wrong password, locked account) is shown as it says it.
import { useEffect } from 'react'
import { View, Text } from '@tarojs/components'
import { tokenFor } from '@/api/session'
import { goAdmin } from '../navigation'
import LoginForm from './LoginForm'

import '../styles/desk.scss'
import './index.scss'

export default function AdminLoginPage() {
  useEffect(() => {
    // Already signed in: the shell checks the token and comes back here if it is no longer valid.
    if (tokenFor('staff')) goAdmin('home')
  }, [])

  return (
    <View className='admin-login'>
      <View className='admin-login__card'>
        <Text className='admin-login__title'>家政服务 · 员工工作台</Text>
        <Text className='admin-login__subtitle'>客服、主管、经理请使用公司分配的账号登录</Text>
        <LoginForm onSignedIn={() => goAdmin('home')} />
      </View>
    </View>
  )
}
