// The app shell: Taro renders the current page as `children`.
import { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'

import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {})

  return children
}

export default App
