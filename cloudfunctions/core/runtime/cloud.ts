// The CloudBase handle for one invocation. The SDK is initialised with the invocation's context, so the caller's
// identity comes from the context (WX_OPENID, filled by WeChat in production and by the local gateway locally) and
// never from the request body.
import tcb, { type IContextParam } from '@cloudbase/node-sdk'

/** The SDK's app, database and query-command types (from @cloudbase/node-sdk's own declarations). */
export type CloudApp = ReturnType<typeof tcb.init>
export type Database = ReturnType<CloudApp['database']>
export type DbCommand = Database['command']

export interface Cloud {
  app: CloudApp
  db: Database
  _: DbCommand
  /** the household's or cleaner's WeChat openid, when the caller is one */
  openid?: string
  /** the caller's address as the platform saw it (WX_CLIENTIP), when it says */
  clientIp?: string
  requestId: string
}

/** The invocation context CloudBase hands to main(event, context) (the local runner builds the same): the SCF fields
 * that getCloudbaseContext reads and the eventID that the SDK's init uses for call chains. */
type InvocationContext = IContextParam & NonNullable<NonNullable<Parameters<typeof tcb.init>[0]>['context']>

function invocationContext(context: unknown): InvocationContext | undefined {
  return context && typeof context === 'object' ? (context as InvocationContext) : undefined
}

export function openCloud(raw: unknown): Cloud {
  const context = invocationContext(raw)
  const app = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV, context })
  const db = app.database()
  let openid: string | undefined
  let clientIp: string | undefined
  try {
    const wx = tcb.getCloudbaseContext(context)
    openid = wx.WX_OPENID || undefined
    clientIp = wx.WX_CLIENTIP || undefined
  } catch {
    openid = undefined
  }
  return { app, db, _: db.command, openid, ...(clientIp ? { clientIp } : {}), requestId: String(context?.request_id ?? '') }
}
