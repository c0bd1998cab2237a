// The sign-in form. Keeps the token on success; a refusal stays on screen under the button until the next try. When
// the account is locked, a field for the one-time unlock code (from a manager) lets its owner in at once.
import { useState } from 'react'
import { View } from '@tarojs/components'
import { adminApi } from '@/api/admin'
import { saveToken } from '@/api/session'
import { ApiError } from '@/api/transport'
import { Field, TextInput, Button } from '../components/Form'

export default function LoginForm({ onSignedIn }: { onSignedIn: () => void }) {
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [error, setError] = useState('')
  const [unlockCode, setUnlockCode] = useState('')
  const [askCode, setAskCode] = useState(false)
  const [busy, setBusy] = useState(false)

  const submit = async () => {
    if (busy) return
    if (!username.trim() || !password) return setError('请输入用户名和密码')
    setBusy(true)
    setError('')
    try {
      const r = await adminApi.login(username.trim(), password, askCode ? unlockCode.trim() || undefined : undefined)
      saveToken('staff', r.token)
      onSignedIn()
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '登录失败，请重试')
      if (e instanceof ApiError && e.code === 'RATE_LIMITED' && e.message.includes('解锁码')) setAskCode(true)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='admin-login__form'>
      <Field label='用户名'>
        <TextInput value={username} onChange={setUsername} placeholder='请输入用户名' maxlength={32} />
      </Field>
      <Field label='密码'>
        <TextInput value={password} onChange={setPassword} placeholder='请输入密码' password maxlength={64} onConfirm={submit} />
      </Field>
      {askCode && (
        <Field label='解锁码'>
          <TextInput value={unlockCode} onChange={setUnlockCode} placeholder='8 位数字，向经理索取' maxlength={8} onConfirm={submit} />
        </Field>
      )}
      <Button kind='primary' onClick={submit} disabled={busy}>{busy ? '登录中…' : '登录'}</Button>
      {error && <View className='adm-notice admin-login__error' role='alert'>{error}</View>}
    </View>
  )
}
