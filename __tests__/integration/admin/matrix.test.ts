// The permissions table drives the router: every admin action x (no token, 客服, 主管, 经理) answers as the table
// (admin/permissions.ts, read from the declarations next to each action) says. No token: UNAUTHENTICATED; below the
// action's role: PERMISSION_DENIED; at or above it the guard lets the call through to the input check (the probe's
// input is bogus, so the answer is INVALID_ARGUMENT). Nothing is written by any of these calls. And admin.me hands
// each role its row of the table (`allowed`), which the admin navigation reads.
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { callFn, okFn } from '../../helpers/api'
import { staffSession, type StaffSession } from '../../helpers/desk'
import { snapshot } from '../../helpers/desk'
import { adminMinimumRoles, actionsAllowed } from '../../../cloudfunctions/admin/permissions'
import { atLeast } from '../../../cloudfunctions/core/auth/staffRoles'
import { COLL } from '../../../cloudfunctions/core/data/collections'
import { STAFF_ROLES, type StaffRole } from '../../../cloudfunctions/core/contract/staff'

jest.setTimeout(120_000)

let t: TestCloud
let staff: Record<StaffRole, StaffSession>
const EVERY_COLLECTION = Object.values(COLL)
const TABLE = adminMinimumRoles()
const ACTIONS = Object.keys(TABLE)
const BOGUS = { bogus: 1 }

beforeAll(async () => {
  t = await startTestCloud()
  staff = { agent: await staffSession(t, 'agent'), supervisor: await staffSession(t, 'supervisor'), manager: await staffSession(t, 'manager') }
})
afterAll(async () => { await t?.close() })

it('covers every admin action but login', () => {
  expect(ACTIONS.length).toBeGreaterThanOrEqual(30)
  expect(ACTIONS).not.toContain('login')
})

describe.each(ACTIONS)('admin %s', (name) => {
  it(`answers each caller as the table says (minimum ${TABLE[name]}), writing nothing`, async () => {
    const before = await snapshot(t, EVERY_COLLECTION)
    const none = await callFn(t, 'admin', name, BOGUS)
    expect(none.error?.code).toBe('UNAUTHENTICATED')
    for (const role of STAFF_ROLES) {
      const r = await callFn(t, 'admin', name, BOGUS, staff[role].token)
      if (atLeast(role, TABLE[name])) expect(r.error?.code).toBe('INVALID_ARGUMENT')
      else expect(r.error).toEqual({ code: 'PERMISSION_DENIED', message: '您的角色无权进行此操作' })
    }
    expect(await snapshot(t, EVERY_COLLECTION)).toBe(before)
  })
})

it.each(STAFF_ROLES)('admin.me tells a %s which actions the role may call', async (role) => {
  const me = await okFn(t, 'admin', 'me', {}, staff[role].token)
  expect(me.staff.role).toBe(role)
  expect(me.allowed).toEqual(actionsAllowed(role))
  expect(me.allowed).toEqual(ACTIONS.filter((a) => atLeast(role, TABLE[a])))
})
