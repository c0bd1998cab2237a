// When the household may no longer change an order itself (inside 4 h of the service), WeChat's own modal tells
// them to contact staff: the server's reason, the hotline (拨打电话 calls it) and where to find 在线客服.
import Taro from '@tarojs/taro'
import { SERVICE_HOTLINE } from '../../constants/contact'

export async function showContactStaff(reason: string): Promise<void> {
  const r = await Taro.showModal({
    title: '请联系客服处理',
    content: `${reason.replace(/[。.]$/, '')}。\n客服电话：${SERVICE_HOTLINE}；\n也可在「我的」页面使用「在线客服」。`,
    confirmText: '拨打电话',
    cancelText: '知道了',
    confirmColor: '#07c160'
  })
  if (r.confirm) Taro.makePhoneCall({ phoneNumber: SERVICE_HOTLINE.replace(/-/g, '') }).catch(() => undefined)
}
