// The invite code a cleaner types in the mini-program (阿姨端 › 绑定) to link her WeChat to this record. A new code
// replaces the old one at once.
import { View, Text } from '@tarojs/components'
import { adminApi, type CleanerAdminView } from '@/api/admin'
import { Button } from '../components/Form'
import { useAction } from '../useAction'

interface InviteCodeCardProps {
  cleaner: CleanerAdminView
  onChanged: (c: CleanerAdminView) => void
}

export default function InviteCodeCard({ cleaner, onChanged }: InviteCodeCardProps) {
  const regenerate = useAction()
  const renew = async () => {
    const r = await regenerate.run(() => adminApi.cleaners.invite(cleaner.id))
    if (r) onChanged({ ...cleaner, inviteCode: r.inviteCode })
  }

  return (
    <View className={`admin-cleaner__invite${cleaner.inviteCode ? ' has-code' : ''}`}>
      {cleaner.inviteCode ? (
        <>
          <Text className='adm-muted'>邀请码</Text>
          <Text className='admin-cleaner__code' data-testid='invite-code'>{cleaner.inviteCode}</Text>
          <Text className='adm-muted'>请阿姨在微信小程序「阿姨端」输入此邀请码完成绑定，邀请码只能使用一次。</Text>
        </>
      ) : (
        <Text className='adm-muted'>{cleaner.bound ? '阿姨已绑定微信。如她更换了微信，可重新生成邀请码让她再次绑定。' : '暂无有效邀请码。'}</Text>
      )}
      <View className='admin-cleaner__row'>
        <Button small disabled={regenerate.busy} onClick={renew}>重新生成邀请码</Button>
      </View>
      {regenerate.error && <View className='adm-notice' role='alert'>{regenerate.error}</View>}
    </View>
  )
}
