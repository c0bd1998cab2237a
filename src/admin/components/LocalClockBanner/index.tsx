// A strip above every staff page while the local CloudBase's clock is moved (npm run clock): staff must not mistake
// a demo's 3 months later for today. Nothing shows in production or while the offset is 0.
import { useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { localClock, type LocalClockView } from '@/api/localClock'
import { formatDateTime } from '@/format/time'
import './index.scss'

export default function LocalClockBanner() {
  const [clock, setClock] = useState<LocalClockView>()
  useEffect(() => {
    let live = true
    localClock().then((c) => { if (live) setClock(c) })
    return () => { live = false }
  }, [])
  if (!clock || clock.offsetMs === 0) return null
  return (
    <View className='local-clock-banner' role='status'>
      <Text>本地时钟已{clock.offsetMs > 0 ? '调快' : '调慢'} {clock.offset.replace(/^[+-]/, '')}：系统时间为 {formatDateTime(clock.now)}。</Text>
      <Text className='local-clock-banner__hint'>演示用，恢复请运行 npm run clock -- reset</Text>
    </View>
  )
}
