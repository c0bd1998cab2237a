// POST /admin: the CloudBase HTTP API that @cloudbase/node-sdk speaks. Body {action, ...params}; answers
// {requestId, ...result} or {requestId, code, message} (HTTP 200 either way, so the SDK throws a TcbError with the code).
import type { IncomingMessage, ServerResponse } from 'node:http'
import crypto from 'node:crypto'
import { ACTIONS } from '../api'
import type { Services } from '../api/types'
import { CloudError } from '../engine/errors'
import { readBody, sendJson, TooLarge } from './body'

export const MAX_ADMIN_BODY = 8 * 1024 * 1024

/** Checks the caller of one request (the signature, local/security/signature.ts): undefined to go on, else why not. */
export type AdminAuthorizer = (req: IncomingMessage, params: Record<string, unknown>) => string | undefined

export async function handleAdmin(req: IncomingMessage, res: ServerResponse, services: Services, log: (l: Record<string, unknown>) => void, authorize: AdminAuthorizer): Promise<void> {
  const requestId = crypto.randomBytes(8).toString('hex')
  const url = new URL(req.url ?? '/', 'http://local')
  let action = ''
  try {
    let params: any
    try {
      const text = (await readBody(req, MAX_ADMIN_BODY)).toString('utf8')
      params = JSON.parse(text)
    } catch (e) {
      if (e instanceof TooLarge) throw new CloudError('INVALID_PARAM', `请求过大 (payload too large, max ${MAX_ADMIN_BODY} bytes)`)
      throw new CloudError('INVALID_PARAM', '请求体不是合法的 JSON')
    }
    if (!params || typeof params !== 'object' || Array.isArray(params)) throw new CloudError('INVALID_PARAM', '请求体必须是对象')
    const refused = authorize(req, params)
    if (refused) throw new CloudError('SIGN_PARAM_INVALID', refused)
    action = String(params.action ?? '')
    const handler = Object.prototype.hasOwnProperty.call(ACTIONS, action) ? ACTIONS[action] : undefined
    if (!handler) throw new CloudError('INVALID_ACTION', `不支持的操作: ${action || '(空)'}`)
    const result = await handler({ params, seqId: url.searchParams.get('seqId') ?? undefined }, services)
    sendJson(res, 200, { requestId, ...result })
  } catch (e) {
    const err = e instanceof CloudError ? e : new CloudError('SYS_ERR', `内部错误: ${(e as Error)?.message ?? e}`)
    if (!(e instanceof CloudError)) log({ t: new Date().toISOString(), requestId, action, outcome: 'crash', error: (e as Error)?.stack })
    sendJson(res, 200, { requestId, code: err.code, message: err.message })
  }
}
