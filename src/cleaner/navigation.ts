// Where the cleaner's pages lead. Binding is the way in: without a bound record every other page sends her there.
import Taro from '@tarojs/taro'

export const cleanerPages = {
  bind: (reason?: string) => Taro.redirectTo({ url: `/cleaner/bind/index${reason ? `?reason=${encodeURIComponent(reason)}` : ''}` }),
  jobsAfterBind: () => Taro.redirectTo({ url: '/cleaner/jobs/index' }),
  job: (orderId: string) => Taro.navigateTo({ url: `/cleaner/job/index?orderId=${encodeURIComponent(orderId)}` })
}
