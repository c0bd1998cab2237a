// The app shell: Taro renders the current page as `children`. In the mini-program, calls go through WeChat cloud
// functions, so the CloudBase environment is set once at launch (CLOUD_ENV comes from config/index.ts). Unknown
// routes are sent to a real page (notFound.ts).
import { PropsWithChildren } from 'react'
import Taro, { useLaunch, usePageNotFound } from '@tarojs/taro'
import { leaveUnknownPage } from './notFound'

import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    if (process.env.TARO_ENV === 'weapp') {
      Taro.cloud.init({ env: CLOUD_ENV, traceUser: true })
    }
  })

  // an unknown route (a stale link, /#/admin/index) opens a real page instead of a blank one (notFound.ts)
  usePageNotFound((res) => {
    void leaveUnknownPage(res.path)
  })

  return children
}

export default App
