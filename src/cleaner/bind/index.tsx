// 阿姨绑定: she types the 6-character invite code staff gave her; her WeChat is then linked to her record and she
// goes on to her jobs. Another page that found her unbound (or switched off) sends its reason along.
import { useState } from 'react'
import { View, Text, Input, Button } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { cleanerApi } from '@/api/cleaner'
import { ApiError } from '@/api/transport'
import { cleanerPages } from '../navigation'

import './index.scss'

const CODE_LENGTH = 6

export default function CleanerBindPage() {
  const { params } = useRouter()
  const reason = params.reason ? decodeURIComponent(params.reason) : ''
  const [code, setCode] = useState('')
  const [error, setError] = useState('')
  const [alreadyBound, setAlreadyBound] = useState(false)
  const [busy, setBusy] = useState(false)

  const typed = code.replace(/[\s-]/g, '').toUpperCase()

  const bind = async () => {
    if (typed.length !== CODE_LENGTH) return setError('请输入6位邀请码')
    setBusy(true)
    setError('')
    try {
      await cleanerApi.bind(typed)
      cleanerPages.jobsAfterBind()
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '绑定失败，请重试')
      setAlreadyBound(e instanceof ApiError && e.code === 'CONFLICT')
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='cleaner-bind'>
      <View className='cleaner-bind__head'>
        <Text className='cleaner-bind__title'>阿姨端绑定</Text>
        <Text className='cleaner-bind__sub'>请输入公司发给您的6位邀请码，绑定后即可查看派给您的工单</Text>
      </View>
      {reason && <View className='cleaner-bind__reason'>{reason}</View>}
      <View className='cleaner-bind__card'>
        <Input
          className='cleaner-bind__input'
          value={code}
          maxlength={8}
          placeholder='邀请码，如 7KXM3P'
          onInput={(e) => { setCode(e.detail.value.toUpperCase()); setError('') }}
          onConfirm={bind}
        />
        {error && <View className='cleaner-bind__error' role='alert'>{error}</View>}
        <Button className='cleaner-bind__submit' disabled={busy || typed.length !== CODE_LENGTH} onClick={bind}>
          {busy ? '绑定中…' : '绑定'}
        </Button>
        {alreadyBound && (
          <Button className='cleaner-bind__jobs' onClick={cleanerPages.jobsAfterBind}>查看我的工单</Button>
        )}
      </View>
      <Text className='cleaner-bind__help'>没有邀请码或邀请码失效，请联系公司客服重新获取</Text>
    </View>
  )
}
