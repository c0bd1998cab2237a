// The demo written on a fresh data folder's first start: the service catalogue, cleaners with invite codes, one staff
// account per role (random passwords, returned so `npm start` can print them once), the company settings and the
// service-recovery training material (scenarios and script templates, recovery.ts).
// It writes through the SDK, with the same account helpers the admin desk uses; a marker in settings makes it once-only.
import crypto from 'node:crypto'
import { COLL } from '../../cloudfunctions/core/data/collections'
import { isDuplicate } from '../../cloudfunctions/core/data/db'
import { createStaff, staffRoleLabel } from '../../cloudfunctions/core/auth/staffAccounts'
import { passwordProblem } from '../../cloudfunctions/core/auth/password'
import { createCleaner } from '../../cloudfunctions/core/cleaners/accounts'
import type { StaffRole } from '../../cloudfunctions/core/contract/staff'
import type { ServiceCategoryId } from '../../cloudfunctions/core/contract/catalog'
import { DEMO_SERVICES, DEMO_CLEANERS, DEFAULT_SETTINGS } from './catalog'
import { seedRecovery } from './recovery'

export interface SeedResult {
  staff: { username: string; password: string; role: StaffRole; roleLabel: string }[]
  cleaners: { name: string; inviteCode: string }[]
}

const DEMO_STAFF: { username: string; name: string; role: StaffRole }[] = [
  { username: 'kefu', name: '客服小周', role: 'agent' },
  { username: 'zhuguan', name: '主管老李', role: 'supervisor' },
  { username: 'jingli', name: '经理王总', role: 'manager' }
]

/** A password a person can type: 10 characters, letters and digits, that the staff password policy accepts. */
export function demoPassword(): string {
  const letters = 'abcdefghjkmnpqrstuvwxyz'
  for (;;) {
    let p = ''
    for (let i = 0; i < 6; i++) p += letters[crypto.randomInt(letters.length)]
    p += String(crypto.randomInt(1000, 10000))
    if (!passwordProblem(p)) return p
  }
}

/** Seeds once; returns what was created, or null when the data folder was already seeded. */
export async function seedDemo(db: any, now = new Date()): Promise<SeedResult | null> {
  try {
    await db.collection(COLL.settings).add({ _id: 'demo_seed', startedAt: now })
  } catch (e) {
    if (isDuplicate(e)) return null
    throw e
  }
  await db.collection(COLL.settings).add({ ...DEFAULT_SETTINGS, createdAt: now, updatedAt: now })
  for (const s of DEMO_SERVICES) await db.collection(COLL.services).add({ ...s, active: true, createdAt: now, updatedAt: now })
  const cleaners: SeedResult['cleaners'] = []
  for (const c of DEMO_CLEANERS) {
    const doc = await createCleaner(db, { ...c, skills: c.skills as ServiceCategoryId[] }, now)
    cleaners.push({ name: doc.name, inviteCode: doc.inviteCode! })
  }
  const staff: SeedResult['staff'] = []
  for (const s of DEMO_STAFF) {
    const password = demoPassword()
    await createStaff(db, { ...s, password }, now)
    staff.push({ username: s.username, password, role: s.role, roleLabel: staffRoleLabel(s.role) })
  }
  await seedRecovery(db, now)
  await db.collection(COLL.settings).where({ _id: 'demo_seed' }).update({ finishedAt: new Date() })
  return { staff, cleaners }
}
