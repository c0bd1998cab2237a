// The CloudBase handle for one invocation. The SDK is initialised with the invocation's context, so the caller's
// identity comes from the context (WX_OPENID, filled by WeChat in production and by the local gateway locally) and
// never from the request body.
import tcb from '@cloudbase/node-sdk'

export interface Cloud {
  app: any
  db: any
  _: any
  /** the household's or cleaner's WeChat openid, when the caller is one */
  openid?: string
  requestId: string
}

export function openCloud(context: any): Cloud {
  const app = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV, context })
  const db = app.database()
  let openid: string | undefined
  try {
    const wx = tcb.getCloudbaseContext(context)
    openid = wx.WX_OPENID || undefined
  } catch {
    openid = undefined
  }
  return { app, db, _: db.command, openid, requestId: String(context?.request_id ?? '') }
}
