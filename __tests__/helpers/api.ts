// Calling functions the way the H5 build does: through the local gateway, POST /api/<fn> with {action, ...input} and
// a Bearer token (a household/cleaner session from /api/_local/login, or a staff token from admin.login).
import type { TestCloud } from './localCloud'
import { LOCAL_KEY_HEADER } from '../../local/http/guard'

export interface ApiAnswer<T = any> {
  ok: boolean
  data: T
  error: { code: string; message: string; details?: Record<string, unknown> }
}

/** The header that shows the local CloudBase's keys (timers, moving the clock, choosing an openid): tests hold them. */
export function keyHeader(t: TestCloud): Record<string, string> {
  return { [LOCAL_KEY_HEADER]: t.cloud.keys.secretKey }
}

async function post(url: string, body: unknown, token?: string, extra: Record<string, string> = {}): Promise<any> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...extra },
    body: JSON.stringify(body)
  })
  return res.json()
}

/** One action of a function; resolves with the whole envelope ({ok, data} or {ok: false, error}). */
export function callFn<T = any>(t: TestCloud, fn: string, action: string, input: Record<string, unknown> = {}, token?: string): Promise<ApiAnswer<T>> {
  return post(`${t.url}/api/${fn}`, { action, ...input }, token)
}

/** Like callFn, but fails the test unless the answer is ok; resolves with data. */
export async function okFn<T = any>(t: TestCloud, fn: string, action: string, input: Record<string, unknown> = {}, token?: string): Promise<T> {
  const r = await callFn<T>(t, fn, action, input, token)
  if (!r.ok) throw new Error(`${fn}.${action} failed: ${r.error?.code} ${r.error?.message}`)
  return r.data
}

export interface LocalSession { token: string; openid: string }

/**
 * A household or cleaner session on the local CloudBase (what WeChat's login stands for). Tests hold the keys, so the
 * answer names the openid (a browser's does not), and a test may choose one.
 */
export async function localLogin(t: TestCloud, role: 'household' | 'cleaner', openid?: string): Promise<LocalSession> {
  const r = await post(`${t.url}/api/_local/login`, { role, ...(openid ? { openid } : {}) }, undefined, keyHeader(t))
  if (!r.ok) throw new Error(`local login failed: ${r.error?.message}`)
  return { token: r.data.token, openid: r.data.openid }
}

/** Fire a function's timer now (what the scheduler does at the cron time). */
export async function fireTimer<T = any>(t: TestCloud, fn: string): Promise<ApiAnswer<T>> {
  return post(`${t.url}/api/_local/timers/${fn}`, {}, undefined, keyHeader(t))
}

/** Upload a small image as the signed-in person (the H5 build's photo upload); resolves with the fileID. */
export async function uploadPhoto(t: TestCloud, token: string, name = 'photo.jpg'): Promise<string> {
  const res = await fetch(`${t.url}/api/_local/upload?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
    body: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1])
  })
  const r: any = await res.json()
  if (!r.ok) throw new Error(`upload failed: ${r.error?.message}`)
  return r.data.fileID
}

/** Chinese characters in a message (every error a person sees is Chinese). */
export const CHINESE = /[\u4e00-\u9fff]/
