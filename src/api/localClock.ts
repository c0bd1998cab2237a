// The local CloudBase's movable clock (local/clock.ts), as the H5 pages see it: staff are shown that time is moved,
// and the desk's countdowns tick on the moved time. Production and the mini-program have no such endpoint: the offset
// is 0 there (a failed or missing answer counts as 0).
import Taro from '@tarojs/taro'
import { setServerClockOffset } from '@/format/time'

export { serverNow } from '@/format/time'

export interface LocalClockView { now: string; offsetMs: number; offset: string }

let asked: Promise<LocalClockView | undefined> | undefined

/** The local clock, asked once per page load (cached); undefined where there is none. */
export function localClock(): Promise<LocalClockView | undefined> {
  if (process.env.TARO_ENV === 'weapp') return Promise.resolve(undefined)
  asked ??= Taro.request({ url: '/api/_local/clock', method: 'GET' })
    .then((r) => {
      const body = r.data as { ok?: boolean; data?: LocalClockView } | undefined
      if (!body?.ok || typeof body.data?.offsetMs !== 'number') return undefined
      setServerClockOffset(body.data.offsetMs)
      return body.data
    })
    .catch(() => undefined)
  return asked
}

/** For tests: forget the cached answer. */
export function forgetLocalClock(): void {
  asked = undefined
  setServerClockOffset(0)
}
