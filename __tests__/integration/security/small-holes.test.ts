// Small holes (issue 14 item 6): crafted list cursors and control characters in searches are INVALID_ARGUMENT, never
// INTERNAL (every list action fuzzed with fast-check); bound cleaners refused on complaint actions; invite codes only
// for roles that may issue them; the pages carry CSP, frame protection and a Referrer-Policy.
import fs from 'node:fs'
import path from 'node:path'
import crypto from 'node:crypto'
import fc from 'fast-check'
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { callFn, okFn, localLogin, type ApiAnswer } from '../../helpers/api'
import { household } from '../../helpers/seed'
import { staffSession, boundCleaner, seedCleaner } from '../../helpers/desk'
import { FUNCTIONS, permissionRows } from '../../../cloudfunctions/permissions'
import type { StaffRole } from '../../../cloudfunctions/core/contract/staff'

jest.setTimeout(300_000)

const H5_DIR = path.resolve(__dirname, '../../../dist/h5')

let t: TestCloud
const tokens: { household?: string; cleaner?: string; staff: Partial<Record<StaffRole, string>> } = { staff: {} }
beforeAll(async () => {
  t = await startTestCloud({ staticDir: fs.existsSync(path.join(H5_DIR, 'index.html')) ? H5_DIR : undefined })
  tokens.household = (await household(t)).token
  tokens.cleaner = (await boundCleaner(t)).token
  for (const role of ['agent', 'supervisor', 'manager'] as StaffRole[]) tokens.staff[role] = (await staffSession(t, role)).token
})
afterAll(async () => { await t?.close() })

/** Every action whose input has a `cursor` (the list actions), with a token of a caller it admits. */
function listActions(): { fn: string; action: string; token: string | undefined; fields: string[] }[] {
  return permissionRows().flatMap(({ fn, action, access }) => {
    const act = FUNCTIONS[fn].actions[action] // undefined for the timer row
    const shape = (act?.schema as { shape?: Record<string, unknown> } | undefined)?.shape
    if (!shape || !('cursor' in shape) || !access) return []
    const token = access.caller === 'staff' ? tokens.staff[access.role]
      : access.caller === 'cleaner' ? tokens.cleaner
        : access.caller === 'household' || access.caller === 'wechat' ? tokens.household : undefined
    return [{ fn, action, token, fields: Object.keys(shape) }]
  })
}

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url')

/** Cursors a client could make up: random text, random base64url, and our own shape with odd contents. */
const craftedCursor = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 60 }).map(b64),
  fc.jsonValue({ maxDepth: 3 }).map((v) => b64(JSON.stringify(v))),
  fc.record({ v: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.string().map((s) => `d:${s}`)), id: fc.jsonValue({ maxDepth: 2 }) })
    .map((o) => b64(JSON.stringify(o)))
)

const notInternal = (r: ApiAnswer) => r.ok || r.error.code === 'INVALID_ARGUMENT'

describe('list cursors', () => {
  it('finds the list actions of every function', () => {
    const names = listActions().map((a) => `${a.fn}.${a.action}`)
    expect(names).toEqual(expect.arrayContaining(['booking.list', 'complaint.list', 'user.messages', 'admin.orders.list', 'admin.staff.list', 'admin.cleaners.list', 'admin.complaints.queue']))
    expect(listActions().every((a) => a.token)).toBe(true)
  })

  it('answers a crafted cursor with INVALID_ARGUMENT, never INTERNAL', async () => {
    const probes = [
      b64(JSON.stringify({ v: 'd:not-a-date', id: 'x' })),
      b64(JSON.stringify({ v: { $gt: 1 }, id: 'x' })),
      b64(JSON.stringify({ v: 1, id: { $ne: null } })),
      b64(JSON.stringify([1, 2])),
      'not base64 at all!'
    ]
    for (const a of listActions()) {
      for (const cursor of probes) {
        const r = await callFn(t, a.fn, a.action, { cursor }, a.token)
        expect({ call: `${a.fn}.${a.action}`, cursor, code: r.ok ? 'ok' : r.error.code }).toEqual({ call: `${a.fn}.${a.action}`, cursor, code: 'INVALID_ARGUMENT' })
      }
    }
  })

  it('fuzzed: no cursor makes any list action answer INTERNAL', async () => {
    for (const a of listActions()) {
      await fc.assert(fc.asyncProperty(craftedCursor, async (cursor) => {
        const r = await callFn(t, a.fn, a.action, { cursor }, a.token)
        if (!notInternal(r)) throw new Error(`${a.fn}.${a.action} cursor=${JSON.stringify(cursor)}: ${r.error.code} ${r.error.message}`)
      }), { numRuns: 40 })
    }
  })
})

describe('searches', () => {
  const searching = () => listActions().filter((a) => a.fields.includes('q'))

  it('a NUL byte or another control character in a search is INVALID_ARGUMENT with a Chinese message', async () => {
    expect(searching().length).toBeGreaterThan(0)
    for (const a of searching()) {
      for (const q of ['张\u0000', '\u0000', 'a\u0007b', '\u001b[31m', '王\u007f']) {
        const r = await callFn(t, a.fn, a.action, { q }, a.token)
        expect({ q, code: r.ok ? 'ok' : r.error.code }).toEqual({ q, code: 'INVALID_ARGUMENT' })
        expect(r.error.message).toMatch(/控制字符/)
      }
      expect((await callFn(t, a.fn, a.action, { q: '王' }, a.token)).ok).toBe(true)
    }
  })

  it('fuzzed: no search text makes a searching list action answer INTERNAL', async () => {
    for (const a of searching()) {
      await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 30 }), async (q) => {
        const r = await callFn(t, a.fn, a.action, { q }, a.token)
        if (!notInternal(r)) throw new Error(`${a.fn}.${a.action} q=${JSON.stringify(q)}: ${r.error.code} ${r.error.message}`)
      }), { numRuns: 60 })
    }
  })
})

describe('complaints are the households\'', () => {
  it('a bound cleaner is refused templates, list and detail', async () => {
    for (const [action, input] of [['templates', {}], ['list', {}], ['detail', { complaintId: 'any-complaint' }]] as const) {
      const r = await callFn(t, 'complaint', action, input, tokens.cleaner)
      expect({ action, code: r.ok ? 'ok' : r.error.code }).toEqual({ action, code: 'PERMISSION_DENIED' })
    }
    // and a household still gets its template
    expect((await okFn(t, 'complaint', 'templates', {}, tokens.household)).complaintProgress).toEqual(expect.any(String))
  })

  it('no complaint action answers a bound cleaner with data', async () => {
    for (const action of Object.keys(FUNCTIONS.complaint.actions)) {
      const r = await callFn(t, 'complaint', action, {}, tokens.cleaner)
      expect({ action, ok: r.ok }).toEqual({ action, ok: false })
    }
  })
})

describe('invite codes', () => {
  it('show in cleaners.list only to roles that may issue them (supervisor and up)', async () => {
    const unbound = await seedCleaner(t, { name: '邀请码阿姨' })
    const row = async (role: StaffRole) => (await okFn(t, 'admin', 'cleaners.list', { q: '邀请码阿姨' }, tokens.staff[role])).list[0]
    expect((await row('agent')).inviteCode).toBeNull()
    expect((await row('supervisor')).inviteCode).toBe(unbound.inviteCode)
    expect((await row('manager')).inviteCode).toBe(unbound.inviteCode)
  })
})

describe('page headers', () => {
  it('the H5 / admin page carries a CSP that admits its own inline script by hash, X-Frame-Options: DENY and a Referrer-Policy', async () => {
    const res = await fetch(`${t.url}/#/admin`)
    const html = await res.text()
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toMatch(/default-src 'self'/)
    expect(csp).toMatch(/frame-ancestors 'none'/)
    expect(csp).toMatch(/object-src 'none'/)
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/)
    for (const m of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) {
      expect(csp).toContain(`'sha256-${crypto.createHash('sha256').update(m[1]).digest('base64')}'`)
    }
    expect(res.headers.get('x-frame-options')).toBe('DENY')
    expect(res.headers.get('referrer-policy')).toBe('same-origin')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    const unknownRoute = await fetch(`${t.url}/some/deep/path`)
    expect(unknownRoute.headers.get('x-frame-options')).toBe('DENY')
  })
})
