// Where an unknown route goes (the app's onPageNotFound, H5 and mini-program alike). Staff routes (/admin/...) go to
// the admin home, or to sign-in when no staff member is signed in (`/#/admin/index` is such a route: the admin
// package has no index page of its own). Cleaner routes go to her jobs (which send an unbound cleaner to bind).
// Anything else goes to the household home page with a short notice.
import Taro from '@tarojs/taro'
import { tokenFor } from './api/session'

export const NOT_FOUND_NOTICE = '页面不存在，已返回首页'

export interface NotFoundTarget {
  url: string
  /** a toast to show after arriving, if any */
  notice?: string
}

/** The page to open instead of `path` (the path Taro could not find, with or without its leading slash). */
export function notFoundTarget(path: string, staffSignedIn: boolean): NotFoundTarget {
  const first = path.replace(/^\/+/, '').split(/[/?#]/)[0]
  if (first === 'admin') return { url: staffSignedIn ? '/admin/home/index' : '/admin/login/index' }
  if (first === 'cleaner') return { url: '/cleaner/jobs/index', notice: NOT_FOUND_NOTICE }
  return { url: '/pages/home/index', notice: NOT_FOUND_NOTICE }
}

/** Resolves once the H5 router has shown the new page: it hides a toast shown on the page before (taro-h5 listens
 * to the same event), so the notice waits for it. The mini-program's reLaunch resolves after the page is shown. */
function pageShown(): Promise<void> {
  if (process.env.TARO_ENV !== 'h5') return Promise.resolve()
  return new Promise((resolve) => {
    Taro.eventCenter.once('__afterTaroRouterChange', () => resolve())
    setTimeout(resolve, 3000)
  })
}

/** Opens the page that stands in for an unknown one, replacing the history entry. */
export async function leaveUnknownPage(path: string): Promise<NotFoundTarget> {
  const target = notFoundTarget(path, Boolean(tokenFor('staff')))
  const shown = pageShown()
  await Taro.reLaunch({ url: target.url })
  if (target.notice) {
    await shown
    await Taro.showToast({ title: target.notice, icon: 'none', duration: 2500 })
  }
  return target
}
