// Who the H5 build acts as. In WeChat the openid comes with every call; in a browser the local CloudBase's sign-in
// (POST /api/_local/login) stands in for it: households and cleaners get a session on first use. Staff sign in with
// a password (admin.login) and keep the token here.
import Taro from '@tarojs/taro'

export type SessionKind = 'household' | 'cleaner' | 'staff'

const KEY: Record<SessionKind, string> = { household: 'jz.token.household', cleaner: 'jz.token.cleaner', staff: 'jz.token.staff' }

export function tokenFor(kind: SessionKind): string | undefined {
  try {
    return Taro.getStorageSync(KEY[kind]) || undefined
  } catch {
    return undefined
  }
}

export function saveToken(kind: SessionKind, token: string): void {
  Taro.setStorageSync(KEY[kind], token)
}

export function clearToken(kind: SessionKind): void {
  Taro.removeStorageSync(KEY[kind])
}

const pending: Partial<Record<SessionKind, Promise<string>>> = {}

/** The browser's household or cleaner session, signing in to the local CloudBase the first time. */
export function ensureLocalSession(kind: 'household' | 'cleaner'): Promise<string> {
  const existing = tokenFor(kind)
  if (existing) return Promise.resolve(existing)
  pending[kind] ??= Taro.request({ url: '/api/_local/login', method: 'POST', data: { role: kind }, header: { 'content-type': 'application/json' } })
    .then((r) => {
      const token = (r.data as any)?.data?.token as string | undefined
      if (!token) throw new Error('local sign-in failed')
      saveToken(kind, token)
      return token
    })
    .finally(() => { delete pending[kind] })
  return pending[kind]!
}
