// Staff accounts: created by a manager (admin staff.create) or by the demo seed, never by sign-up. The password is
// stored only as a scrypt hash; username is unique (index), so two creations of one name cannot both succeed.
import { COLL } from '../data/collections'
import { insertedId, isDuplicate } from '../data/db'
import type { Database } from '../runtime/cloud'
import { conflict, invalid } from '../contract/errors'
import { STAFF_ROLES, STAFF_ROLE_LABELS, type StaffRole } from '../contract/staff'
import { hashPassword, passwordProblem } from './password'

export const USERNAME_PATTERN = /^[a-z][a-z0-9_.-]{2,31}$/
export const STAFF_NAME_MAX = 20

export interface NewStaff {
  username: string
  name: string
  role: StaffRole
  password: string
}

export interface StaffDoc {
  _id: string
  username: string
  name: string
  role: StaffRole
  passwordHash: string
  active: boolean
  /** sign-in counters (rules/staffLogin.ts, auth/loginGuards.ts) */
  failedLogins: number
  failWindowStart?: Date | null
  lockedUntil: Date | null
  unlockHash?: string | null
  unlockExpiresAt?: Date | null
  tokenVersion: number
  lastLoginAt: Date | null
  createdAt: Date
  updatedAt: Date
}

/** Usernames are compared in lower case: 'Zhang.Li' and 'zhang.li' are one account. */
export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase()
}

/** Why these account details cannot be used, or null. */
export function newStaffProblem(input: NewStaff): string | null {
  if (!USERNAME_PATTERN.test(normalizeUsername(input.username))) return '用户名需为 3-32 位小写字母、数字或 _ . -，并以字母开头'
  const name = input.name.trim()
  if (!name || Array.from(name).length > STAFF_NAME_MAX) return `姓名需为 1-${STAFF_NAME_MAX} 个字`
  if (!(STAFF_ROLES as readonly string[]).includes(input.role)) return '角色不正确'
  return passwordProblem(input.password)
}

/** Create a staff account; INVALID_ARGUMENT for bad details, CONFLICT when the username is taken. */
export async function createStaff(db: Database, input: NewStaff, now: Date): Promise<StaffDoc> {
  const problem = newStaffProblem(input)
  if (problem) throw invalid(problem)
  const doc: Omit<StaffDoc, '_id'> = {
    username: normalizeUsername(input.username),
    name: input.name.trim(),
    role: input.role,
    passwordHash: hashPassword(input.password),
    active: true,
    failedLogins: 0,
    lockedUntil: null,
    tokenVersion: 0,
    lastLoginAt: null,
    createdAt: now,
    updatedAt: now
  }
  try {
    const r = await db.collection(COLL.staff).add(doc)
    return { ...doc, _id: insertedId(r) }
  } catch (e) {
    if (isDuplicate(e)) throw conflict(`用户名 ${doc.username} 已被使用`)
    throw e
  }
}

export function staffRoleLabel(role: StaffRole): string {
  return STAFF_ROLE_LABELS[role] ?? role
}
