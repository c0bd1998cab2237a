// Asking the household to let us send progress notices: WeChat's one-time subscription messages (DESIGN §5). WeChat
// grants one send per acceptance and never tells us the balance, so every acceptance is also counted on our side
// (user.subscribeAccepted). weapp: wx.requestSubscribeMessage — it must be the first thing a tap does, before any
// other await, or WeChat refuses to show the prompt. h5: the local CloudBase plays WeChat (POST /api/_local/subscribe).
import Taro from '@tarojs/taro'
import * as user from './user'
import { acceptTemplates } from './localWx'

/**
 * Ask for the templates and record the accepted ones; answers the accepted template ids. Never throws: a refusal or
 * a failure only means no notices (staff phone instead), and what the household came to do goes on.
 */
export async function askForNotices(templateIds: string[]): Promise<string[]> {
  if (!templateIds.length) return []
  try {
    let accepted: string[]
    if (process.env.TARO_ENV === 'weapp') {
      const r = await Taro.requestSubscribeMessage({ tmplIds: templateIds } as Taro.requestSubscribeMessage.Option)
      accepted = templateIds.filter((id) => (r as Record<string, unknown>)[id] === 'accept')
    } else {
      await acceptTemplates(templateIds)
      accepted = templateIds
    }
    if (accepted.length) await user.subscribeAccepted({ templateIds: accepted })
    return accepted
  } catch {
    return []
  }
}
