// The gateway for browsers and scripts: POST /api/<function> with {action, ...} and an optional Bearer token.
// The function receives an event shaped like CloudBase's HTTP access service (path, httpMethod, headers, body), so
// the same function code serves the H5 build here and behind CloudBase's HTTP access in production. A household or
// cleaner session becomes WX_OPENID in the context; any other token (staff) passes through in the headers.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { FunctionRunner } from '../runner/runner'
import { CloudError } from '../engine/errors'
import { readBody, sendJson, TooLarge } from '../http/body'
import { bearer, type Sessions } from './sessions'

export const MAX_API_BODY = 1024 * 1024

export async function handleFunctionCall(fn: string, req: IncomingMessage, res: ServerResponse, runner: FunctionRunner, sessions: Sessions): Promise<void> {
  if (!runner.describe(fn)) return sendJson(res, 404, failure('NOT_FOUND', `接口不存在: ${fn}`))
  let text: string
  try {
    text = (await readBody(req, MAX_API_BODY)).toString('utf8')
  } catch (e) {
    return sendJson(res, 413, failure('INVALID_ARGUMENT', e instanceof TooLarge ? '请求内容过大' : '读取请求失败'))
  }
  try {
    const parsed = JSON.parse(text || '{}')
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error()
  } catch {
    return sendJson(res, 400, failure('INVALID_ARGUMENT', '请求内容不是合法的 JSON 对象'))
  }
  const session = sessions.find(bearer(req.headers.authorization))
  // the caller's address always comes from the socket: a client's own X-Forwarded-For must not pick its address
  const clientIp = { WX_CLIENTIP: req.socket.remoteAddress ?? '' }
  const environment: Record<string, string> = session ? { WX_OPENID: session.openid, WX_UNIONID: '', ...clientIp } : clientIp
  const event = {
    path: `/api/${fn}`,
    httpMethod: 'POST',
    headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v.join(',') : v ?? ''])),
    queryStringParameters: {},
    body: text,
    isBase64Encoded: false
  }
  try {
    const result: any = await runner.invoke(fn, event, environment, 'http')
    if (result && typeof result === 'object' && typeof result.statusCode === 'number' && 'body' in result) {
      res.writeHead(result.statusCode, result.headers ?? { 'content-type': 'application/json; charset=utf-8' })
      return void res.end(typeof result.body === 'string' ? result.body : JSON.stringify(result.body))
    }
    sendJson(res, 200, result ?? null)
  } catch (e) {
    const timeout = e instanceof CloudError && e.code === 'FUNCTIONS_TIME_LIMIT_EXCEEDED'
    sendJson(res, timeout ? 504 : 500, failure('INTERNAL', timeout ? '服务处理超时，请稍后重试' : '服务暂时不可用，请稍后重试'))
  }
}

export function failure(code: string, message: string) {
  return { ok: false, error: { code, message } }
}
