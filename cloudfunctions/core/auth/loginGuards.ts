// Where staff sign-in failures are counted (rules/staffLogin.ts says what they mean): a real account in its staff
// document, an unknown username and a client address in login_guards under a keyed hash (neither a typed name nor an
// address is stored in clear). Every count moves by a conditional update, so parallel guesses are all counted.
import crypto from 'node:crypto'
import { COLL } from '../data/collections'
import { getById, isDuplicate } from '../data/db'
import type { HandlerContext } from '../runtime/router'
import {
  type LoginCounters, lockUntil, needsUnlockCode, unlockCodeExpiry, windowFloor
} from '../rules/staffLogin'

type Ctx = Pick<HandlerContext, 'db' | '_' | 'now'>

/** One place counters live: a staff document, or a login_guards document. */
export interface CounterTarget { coll: string; id: string }

const keyed = (secret: Buffer, what: string) => crypto.createHmac('sha256', secret).update(what).digest('base64url').slice(0, 32)

export function usernameGuard(username: string, secret: Buffer): CounterTarget {
  return { coll: COLL.loginGuards, id: `user:${keyed(secret, `user:${username}`)}` }
}

export function addressGuard(address: string, secret: Buffer): CounterTarget {
  return { coll: COLL.loginGuards, id: `addr:${keyed(secret, `addr:${address}`)}` }
}

export const staffTarget = (staffId: string): CounterTarget => ({ coll: COLL.staff, id: staffId })

export function readCounters(ctx: Ctx, t: CounterTarget): Promise<LoginCounters | undefined> {
  return getById<LoginCounters>(ctx.db, t.coll, t.id)
}

/** Counts one failure in the open window (or opens one) and returns the counters after it. */
export async function countFailure(ctx: Ctx, t: CounterTarget): Promise<LoginCounters> {
  const coll = ctx.db.collection(t.coll)
  const _ = ctx._
  const floor = windowFloor(ctx.now)
  for (let attempt = 0; attempt < 3; attempt++) {
    const open = await coll.where({ _id: t.id, failWindowStart: _.gt(floor) }).updateAndReturn({ failedLogins: _.inc(1), updatedAt: ctx.now })
    if (open.doc) return open.doc as LoginCounters
    // no open window: one caller opens it, parallel ones then count into it
    const opened = await coll.where(_.and([{ _id: t.id }, _.or([{ failWindowStart: null }, { failWindowStart: _.lte(floor) }])]))
      .updateAndReturn({ failedLogins: 1, failWindowStart: ctx.now, updatedAt: ctx.now })
    if (opened.doc) return opened.doc as LoginCounters
    if (t.coll !== COLL.loginGuards) continue
    const fresh: LoginCounters & { _id: string; updatedAt: Date } = { _id: t.id, failedLogins: 1, failWindowStart: ctx.now, lockedUntil: null, updatedAt: ctx.now }
    try {
      await coll.add(fresh)
      return fresh
    } catch (e) {
      if (!isDuplicate(e)) throw e // another guess created it first: count into it
    }
  }
  return { failedLogins: 1, failWindowStart: ctx.now }
}

/**
 * Locks the target unless it already is (a lock is never extended). For an account that exists, a new unlock code
 * is made when none is still valid, and returned so it can be passed on; otherwise null.
 */
export async function lockTarget(ctx: Ctx, t: CounterTarget, withCode: boolean, secret: Buffer): Promise<{ until: Date; code: string | null }> {
  const _ = ctx._
  const until = lockUntil(ctx.now)
  const notLocked = _.or([{ lockedUntil: null }, { lockedUntil: _.lte(ctx.now) }])
  const r = await ctx.db.collection(t.coll).where(_.and([{ _id: t.id }, notLocked]))
    .updateAndReturn({ lockedUntil: until, failedLogins: 0, failWindowStart: null, updatedAt: ctx.now })
  const after = r.doc as LoginCounters | null
  if (!after) {
    const current = await readCounters(ctx, t)
    return { until: current?.lockedUntil ?? until, code: null }
  }
  if (!withCode || !needsUnlockCode(after, ctx.now)) return { until, code: null }
  const code = String(crypto.randomInt(0, 100_000_000)).padStart(8, '0')
  await ctx.db.collection(t.coll).where({ _id: t.id })
    .update({ unlockHash: unlockHash(t, code, secret), unlockExpiresAt: unlockCodeExpiry(ctx.now) })
  return { until, code }
}

export function unlockHash(t: CounterTarget, code: string, secret: Buffer): string {
  return keyed(secret, `unlock:${t.id}:${code}`)
}

/** Whether `code` is the target's current unlock code (constant-time). */
export function unlockCodeMatches(counters: LoginCounters | undefined, t: CounterTarget, code: string | undefined, secret: Buffer, now: Date): boolean {
  if (!code || !counters?.unlockHash || needsUnlockCode(counters, now)) return false
  const want = Buffer.from(counters.unlockHash)
  const got = Buffer.from(unlockHash(t, code, secret))
  return want.length === got.length && crypto.timingSafeEqual(want, got)
}
