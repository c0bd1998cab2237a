// Who is calling. Households and cleaners are known by the openid in the invocation context; staff by a signed
// session token. Every handler starts with one of these.
import type { HandlerContext } from '../runtime/router'
import { COLL } from '../data/collections'
import { findOne, insertedId, isDuplicate } from '../data/db'
import { unauthenticated, denied } from '../contract/errors'
import { loadSecrets } from '../security/secrets'
import { verifyStaffToken } from './staffToken'
import { atLeast, type StaffRole } from './staffRoles'
import type { StaffDoc } from './staffAccounts'
import type { CustomerDoc } from '../customers/customerDoc'
import type { CleanerDoc } from '../cleaners/accounts'

export function requireOpenid(ctx: HandlerContext): string {
  if (!ctx.openid) throw unauthenticated('请先在微信中登录')
  return ctx.openid
}

/** The caller's customer file, created on first contact (two first calls at once still make one file). */
export async function requireCustomer(ctx: HandlerContext): Promise<CustomerDoc> {
  const openid = requireOpenid(ctx)
  const found = await findOne<CustomerDoc>(ctx.db, COLL.customers, { openid })
  if (found) return found
  const fresh = {
    openid, name: '', phoneEnc: null, phoneHash: null, phoneMasked: '', addresses: [],
    family: { elderly: false, children: false, pets: false, notes: '' }, preferences: '',
    category: null, tags: [], stage: 'prospect', tier: 'regular', points: 0, valueScore: 0,
    churnRisk: { score: 0, reasons: [] }, source: null, firstOrderAt: null, lastOrderAt: null, orderCount: 0,
    createdAt: ctx.now, updatedAt: ctx.now
  }
  try {
    const r = await ctx.db.collection(COLL.customers).add(fresh)
    return { ...fresh, _id: insertedId(r) }
  } catch (e) {
    if (!isDuplicate(e)) throw e
    const twin = await findOne<CustomerDoc>(ctx.db, COLL.customers, { openid })
    if (!twin) throw e
    return twin
  }
}

/** The bound cleaner calling, or PERMISSION_DENIED. */
export async function requireCleaner(ctx: HandlerContext): Promise<CleanerDoc> {
  const openid = requireOpenid(ctx)
  const cleaner = await findOne<CleanerDoc>(ctx.db, COLL.cleaners, { openid })
  if (!cleaner) throw denied('您还没有绑定阿姨账号，请输入邀请码绑定')
  if (!cleaner.active) throw denied('您的阿姨账号已停用，请联系公司')
  return cleaner
}

/** The signed-in staff member, at least of role `minimum`. */
export async function requireStaff(ctx: HandlerContext, minimum: StaffRole = 'agent'): Promise<StaffDoc> {
  const { tokenSecret } = loadSecrets()
  const payload = verifyStaffToken(ctx.event.token, tokenSecret, ctx.now)
  if (!payload) throw unauthenticated('登录已过期，请重新登录')
  const staff = await findOne<StaffDoc>(ctx.db, COLL.staff, { _id: payload.sub })
  if (!staff || !staff.active || (staff.tokenVersion ?? 0) !== payload.ver) throw unauthenticated('登录已失效，请重新登录')
  if (!atLeast(staff.role, minimum)) throw denied('您的角色无权进行此操作')
  return staff
}
