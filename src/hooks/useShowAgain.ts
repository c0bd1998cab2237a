// Run `fn` each time the page is shown again (coming back from another page or tab), not on its first show —
// the first load is useRequest's / usePagedList's job.
import { useRef } from 'react'
import { useDidShow } from '@tarojs/taro'

export function useShowAgain(fn: () => void): void {
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) fn()
    shown.current = true
  })
}
