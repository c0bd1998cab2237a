// The app shell: Taro renders the current page as `children`. In the mini-program, calls go through WeChat cloud
// functions, so the CloudBase environment is set once at launch (CLOUD_ENV comes from config/index.ts).
import { PropsWithChildren } from 'react'
import Taro, { useLaunch } from '@tarojs/taro'

import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    if (process.env.TARO_ENV === 'weapp') {
      Taro.cloud.init({ env: CLOUD_ENV, traceUser: true })
    }
  })

  return children
}

export default App
