// Routes that exist only on the local CloudBase: sign-in as a household or cleaner, WeChat's subscription
// acceptances and delivered messages, firing a timer now, and photo upload for the H5 build.
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import { readBody, sendJson } from './body'
import { failure } from '../gateway/gateway'
import { bearer, type Sessions } from '../gateway/sessions'
import type { WxOpenApi } from '../wx/openapi'
import type { TimerScheduler } from '../timers/scheduler'
import type { FileStore } from '../files/files'
import { MAX_FILE_BYTES, servedHeaders } from '../files/files'
import { recordUpload } from '../files/uploads'
import type { Documents } from '../engine/documents'
import type { LocalKeys } from '../security/keys'
import { hasLocalKey } from './guard'
import { CloudError } from '../engine/errors'
import { parseDuration, type LocalClock } from '../clock'

export interface LocalDeps {
  sessions: Sessions; wx: WxOpenApi; timers: TimerScheduler; files: FileStore; clock: LocalClock; baseUrl: () => string
  docs: Documents
  /** the environment's keys: the timers, moving the clock and choosing an openid need them (guard.LOCAL_KEY_HEADER) */
  keys: LocalKeys
  /** JZ_MODE=production: no timers or clock by HTTP */
  production: boolean
}

async function json(req: IncomingMessage): Promise<any> {
  try {
    const v = JSON.parse((await readBody(req, 64 * 1024)).toString('utf8') || '{}')
    return v && typeof v === 'object' && !Array.isArray(v) ? v : undefined
  } catch {
    return undefined
  }
}

export async function handleLocal(route: string, req: IncomingMessage, res: ServerResponse, d: LocalDeps): Promise<void> {
  const ok = (data: unknown) => sendJson(res, 200, { ok: true, data })
  const bad = (message: string) => sendJson(res, 400, failure('INVALID_ARGUMENT', message))
  const session = () => d.sessions.find(bearer(req.headers.authorization))
  const keyHolder = hasLocalKey(req, d.keys)
  const needsKeys = () => sendJson(res, 401, failure('UNAUTHENTICATED', '此操作需要本地 CloudBase 的密钥'))

  if (route === 'login' && req.method === 'POST') {
    const body = await json(req)
    if (!body) return bad('请求内容不是合法的 JSON 对象')
    // a chosen openid would be anyone's identity: only the keys' holder (tests, the demo's seeding) may choose one
    if (body.openid !== undefined && !keyHolder) return sendJson(res, 403, failure('PERMISSION_DENIED', '指定 openid 登录仅供测试和演示数据使用（需要密钥）'))
    try {
      const s = d.sessions.create(body.role, body.openid)
      const chosen = body.openid !== undefined
      // the openid stays on the server (as WeChat's does); the keys' holder sees it, and whether it was chosen
      return ok({ token: s._id, role: s.role, expiresAt: s.expiresAt, ...(keyHolder ? { openid: s.openid, openidChosen: chosen } : {}) })
    } catch (e) {
      return bad((e as Error).message)
    }
  }
  if (route === 'subscribe' && req.method === 'POST') {
    const s = session()
    if (!s) return sendJson(res, 401, failure('UNAUTHENTICATED', '请先登录'))
    const body = await json(req)
    const ids = body?.templateIds
    if (!Array.isArray(ids) || !ids.length || ids.length > 3 || ids.some((t: unknown) => typeof t !== 'string' || !t || t.length > 64)) {
      return bad('templateIds 必须是 1 到 3 个模板 ID') // WeChat allows at most 3 templates per request
    }
    return ok({ quota: d.wx.accept(s.openid, ids) })
  }
  if (route === 'messages') {
    const s = session()
    if (!s) return sendJson(res, 401, failure('UNAUTHENTICATED', '请先登录'))
    return ok({ list: d.wx.delivered(s.openid), quota: d.wx.quota(s.openid) })
  }
  if ((route === 'clock' || route === 'timers' || route.startsWith('timers/')) && d.production) {
    return sendJson(res, 404, failure('NOT_FOUND', '生产模式下没有本地时钟和定时任务接口'))
  }
  // reading the clock is harmless (the admin banner shows it to anyone signed in); moving it and timers need the keys
  if (route === 'clock' && req.method === 'GET') return ok(d.clock.view())
  if ((route === 'clock' || route === 'timers' || route.startsWith('timers/')) && !keyHolder) return needsKeys()
  if (route === 'clock' && req.method === 'POST') return moveClock(await json(req), d, ok, bad)
  if (route === 'timers' && req.method === 'GET') return ok({ timers: d.timers.list() })
  if (route.startsWith('timers/') && req.method === 'POST') {
    const fn = route.slice('timers/'.length)
    try {
      return ok(await d.timers.fire(fn))
    } catch (e) {
      const code = e instanceof CloudError && e.code === 'FUNCTIONS_NOT_EXIST' ? 404 : 500
      return sendJson(res, code, failure(code === 404 ? 'NOT_FOUND' : 'INTERNAL', (e as Error).message))
    }
  }
  if (route === 'upload' && req.method === 'POST') {
    const s = session()
    if (!s) return sendJson(res, 401, failure('UNAUTHENTICATED', '请先登录'))
    try {
      // the name is only a hint: the content decides the type, and the path is random (no openid in a file id)
      const body = await readBody(req, MAX_FILE_BYTES)
      const { fileID, cloudPath } = recordUpload(d.files, d.docs, body, s.openid)
      return ok({ fileID, url: `${d.baseUrl()}/_storage/files/${cloudPath}?sign=${d.files.sign('down', cloudPath, 7200)}` })
    } catch (e) {
      return bad(e instanceof CloudError ? e.message : `图片不能超过 ${MAX_FILE_BYTES / 1024 / 1024} MB`)
    }
  }
  return sendJson(res, 404, failure('NOT_FOUND', `接口不存在: _local/${route}`))
}

/**
 * POST /api/_local/clock {advanceBy: '+7d' | ms} | {set: ISO instant} | {reset: true}, optional runTimers (default
 * true): move the local clock, then run every timer that fell due meanwhile (once each, in order) before answering.
 */
async function moveClock(body: any, d: LocalDeps, ok: (data: unknown) => void, bad: (message: string) => void): Promise<void> {
  if (!body) return bad('请求内容不是合法的 JSON 对象')
  try {
    if (body.reset === true) d.clock.reset()
    else if (typeof body.set === 'string' && body.set) {
      const at = new Date(body.set)
      if (Number.isNaN(at.getTime())) return bad('set 应为时间，如 2026-12-09T09:00:00+08:00')
      d.clock.set(at)
    } else if (body.advanceBy !== undefined) {
      const ms = typeof body.advanceBy === 'number' ? body.advanceBy : parseDuration(String(body.advanceBy))
      if (ms === undefined || !Number.isFinite(ms)) return bad('advanceBy 应为时长，如 +7d、3h、90m，或毫秒数')
      d.clock.advanceBy(ms)
    } else return bad('请给出 advanceBy、set 或 reset')
  } catch (e) {
    return bad((e as Error).message)
  }
  if (body.runTimers === false) {
    d.timers.replan()
    return ok({ ...d.clock.view(), ran: [] })
  }
  const ran = await d.timers.catchUp()
  return ok({ ...d.clock.view(), ran })
}

/** PUT /_storage/upload/<path>?token=  and  GET /_storage/files/<path>?sign= */
export async function handleStorage(req: IncomingMessage, res: ServerResponse, files: FileStore): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://local')
  const m = /^\/_storage\/(upload|files)\/(.+)$/.exec(url.pathname)
  const cloudPath = m ? decodeURI(m[2]) : ''
  const xmlError = (status: number, code: string, message: string) => {
    res.writeHead(status, { 'content-type': 'application/xml' })
    res.end(`<?xml version='1.0' encoding='utf-8' ?><Error><Code>${code}</Code><Message>${message}</Message><RequestId>local</RequestId><TraceId>local</TraceId></Error>`)
  }
  if (m?.[1] === 'upload' && req.method === 'PUT') {
    if (!files.verify('up', cloudPath, url.searchParams.get('token'))) return xmlError(403, 'AccessDenied', 'upload token is invalid or expired')
    try {
      files.checkPath(cloudPath)
      files.write(cloudPath, await readBody(req, MAX_FILE_BYTES))
      res.writeHead(200)
      return void res.end('')
    } catch (e) {
      return xmlError(400, 'InvalidRequest', e instanceof CloudError ? e.message : 'file too large')
    }
  }
  if (m?.[1] === 'files' && (req.method === 'GET' || req.method === 'HEAD')) {
    if (!files.verify('down', cloudPath, url.searchParams.get('sign'))) return xmlError(403, 'AccessDenied', 'signature is invalid or expired')
    const body = files.read(cloudPath)
    if (!body) return xmlError(404, 'NoSuchKey', 'file does not exist')
    res.writeHead(200, { ...servedHeaders(body, path.basename(cloudPath)), 'cache-control': 'private, max-age=3600' })
    return void res.end(req.method === 'HEAD' ? undefined : body)
  }
  xmlError(405, 'MethodNotAllowed', 'method not allowed')
}
