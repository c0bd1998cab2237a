// 我的 (tab): my profile, address book, family situation and preferences, and the way to my orders, my messages,
// my complaints and customer service (投诉与建议 files a new one).
import { View, Text, Button } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import * as user from '../../api/user'
import { useRequest } from '../../api/useRequest'
import { useShowAgain } from '../../hooks/useShowAgain'
import { SERVICE_HOTLINE } from '../../constants/contact'
import Loadable from '../../components/Loadable'
import Section from '../../components/Section'
import FormField from '../../components/FormField'
import ProfileCard from './ProfileCard'
import AddressBook from './AddressBook'
import HouseholdCard from './HouseholdCard'
import { complaintPages } from '../../complaint/navigation'

import './index.scss'

const isWeapp = process.env.TARO_ENV === 'weapp'

export default function MePage() {
  const profile = useRequest(() => user.me(), [])
  usePullDownRefresh(async () => {
    await profile.retry()
    Taro.stopPullDownRefresh()
  })
  useShowAgain(() => { profile.retry() })

  const callHotline = () => Taro.makePhoneCall({ phoneNumber: SERVICE_HOTLINE.replace(/-/g, '') }).catch(() => undefined)

  return (
    <View className='pages-me'>
      <Loadable state={profile}>
        {(p) => (
          <View>
            <ProfileCard profile={p} onSaved={profile.setData} />
            <Section flush>
              <FormField label='我的订单' onClick={() => Taro.switchTab({ url: '/pages/orders/index' })} />
              <FormField label='消息中心' onClick={() => Taro.navigateTo({ url: '/pages/messages/index' })} />
              <FormField label='我的投诉' onClick={() => complaintPages.list()} last />
            </Section>
            <AddressBook addresses={p.addresses} onChange={(addresses) => profile.setData({ ...p, addresses })} />
            <HouseholdCard profile={p} onSaved={profile.setData} />
            <Section flush>
              {isWeapp ? (
                <Button className='me-contact' openType='contact'>
                  <Text>在线客服</Text>
                  <Text className='me-contact__arrow'>›</Text>
                </Button>
              ) : (
                <FormField label='在线客服' value='请在微信小程序中使用' />
              )}
              <FormField label='投诉与建议' onClick={() => complaintPages.create()} />
              <FormField label='客服电话' value={SERVICE_HOTLINE} onClick={callHotline} last />
            </Section>
          </View>
        )}
      </Loadable>
    </View>
  )
}
