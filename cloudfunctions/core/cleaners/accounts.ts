// Cleaner records as staff keep them (admin cleaners.*) and as the demo seed creates them. The phone is stored
// encrypted (phoneEnc) with a masked copy for display and a keyed hash for lookups. A cleaner joins the mini-program
// with a one-time invite code; the unique index on cleaners.inviteCode catches the rare clash of two fresh codes.
import type { Database } from '../runtime/cloud'
import crypto from 'node:crypto'
import { COLL } from '../data/collections'
import { insertedId, isDuplicate } from '../data/db'
import { internal } from '../contract/errors'
import type { ServiceCategoryId } from '../contract/catalog'
import type { CleanerGrade, LeaveSpan } from '../contract/cleaner'
import { loadSecrets } from '../security/secrets'
import { encryptField, lookupHash } from '../security/crypto'
import { maskPhone } from '../rules/privacy'
import { normalizePhone } from '../rules/phone'
import { newInviteCode } from '../rules/inviteCode'

export interface NewCleaner {
  name: string
  phone: string
  skills: ServiceCategoryId[]
  grade: CleanerGrade
}

export interface CleanerDoc {
  _id: string
  name: string
  phoneEnc: string
  phoneMasked: string
  phoneHash: string
  skills: ServiceCategoryId[]
  grade: CleanerGrade
  rating: number | null
  active: boolean
  leave: LeaveSpan[]
  /** the bound WeChat openid; null until she redeems her invite code */
  openid: string | null
  /** unset once redeemed */
  inviteCode?: string
  inviteIssuedAt: Date | null
  boundAt: Date | null
  /** bumped by every change to her schedule (a dispatch, leave, deactivation): see core/orders/dispatch.ts */
  scheduleVersion: number
  createdAt: Date
  updatedAt: Date
}

const INVITE_ATTEMPTS = 5

/** The stored phone fields for a typed phone number. */
export function phoneFields(phone: string): Pick<CleanerDoc, 'phoneEnc' | 'phoneMasked' | 'phoneHash'> {
  const digits = normalizePhone(phone)
  const { dataKey } = loadSecrets()
  return { phoneEnc: encryptField(digits, dataKey), phoneMasked: maskPhone(digits), phoneHash: lookupHash(digits, dataKey.key) }
}

/** The lookup hashes of a phone under every data key in force: during a rotation some records still carry an old one. */
export function phoneLookupHashes(phone: string): string[] {
  const digits = normalizePhone(phone)
  return loadSecrets().dataKeys.map((k) => lookupHash(digits, k.key))
}

/** Tries fresh codes until one is not taken (the unique index decides). */
async function withFreshCode<T>(attempt: (code: string) => Promise<T>): Promise<T> {
  for (let i = 0; i < INVITE_ATTEMPTS; i++) {
    try {
      return await attempt(newInviteCode(crypto.randomInt))
    } catch (e) {
      if (!isDuplicate(e)) throw e
    }
  }
  throw internal('生成邀请码失败，请重试')
}

/** Create a cleaner with a fresh invite code. Input is validated by the caller (admin cleaners.create, the seed). */
export async function createCleaner(db: Database, input: NewCleaner, now: Date): Promise<CleanerDoc> {
  const base = {
    name: input.name.trim(),
    ...phoneFields(input.phone),
    skills: [...new Set(input.skills)],
    grade: input.grade,
    rating: null,
    active: true,
    leave: [],
    openid: null,
    inviteIssuedAt: now,
    boundAt: null,
    scheduleVersion: 0,
    createdAt: now,
    updatedAt: now
  }
  return withFreshCode(async (inviteCode) => {
    const doc = { ...base, inviteCode }
    const r = await db.collection(COLL.cleaners).add(doc)
    return { ...doc, _id: insertedId(r) }
  })
}

/**
 * A new invite code for the cleaner; the old one stops working. A bound cleaner is unbound by it (she changed her
 * phone or WeChat account): the next redemption binds the new account. Null when the cleaner does not exist.
 */
export async function issueInviteCode(db: Database, cleanerId: string, now: Date): Promise<string | null> {
  return withFreshCode(async (inviteCode) => {
    const r = await db.collection(COLL.cleaners).where({ _id: cleanerId })
      .update({ inviteCode, inviteIssuedAt: now, openid: null, boundAt: null, updatedAt: now })
    return r.updated === 1 ? inviteCode : null
  })
}
