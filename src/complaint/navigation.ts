// Where the household's complaint pages are. The order page (投诉/反馈) and the me page (我的投诉, 投诉与建议) in the
// main package open them too, so the paths live here once.
import Taro from '@tarojs/taro'

export const complaintPages = {
  /** file a complaint, about one order or in general */
  create: (orderId?: string) =>
    Taro.navigateTo({ url: `/complaint/new/index${orderId ? `?orderId=${encodeURIComponent(orderId)}` : ''}` }),
  list: () => Taro.navigateTo({ url: '/complaint/list/index' }),
  detail: (complaintId: string) => Taro.navigateTo({ url: `/complaint/detail/index?id=${encodeURIComponent(complaintId)}` }),
  /** after filing: the new complaint replaces the form, so 返回 does not lead back to a sent form */
  filed: (complaintId: string) => Taro.redirectTo({ url: `/complaint/detail/index?id=${encodeURIComponent(complaintId)}` })
}
