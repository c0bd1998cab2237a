// Every admin action but login: no token -> UNAUTHENTICATED, a household's (or cleaner's) session token ->
// UNAUTHENTICATED (it is not a staff token), a staff member below the action's role -> PERMISSION_DENIED.
// Identity is checked before the input, so the same answers come whatever the input is.
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { callFn, localLogin } from '../../helpers/api'
import { staffSession, seedCleaner, seedOrder, type StaffSession } from '../../helpers/desk'
import { BELOW, expectNoTokenRefused, expectRolesDenied, expectSessionsRefused, nothingWritten } from '../../helpers/permissions'
import type { StaffRole } from '../../../cloudfunctions/core/contract/staff'

jest.setTimeout(60_000)

let t: TestCloud
let staff: Record<StaffRole, StaffSession>
let household: string
let cleanerToken: string
let input: Record<string, Record<string, unknown>>

beforeAll(async () => {
  t = await startTestCloud()
  staff = { agent: await staffSession(t, 'agent'), supervisor: await staffSession(t, 'supervisor'), manager: await staffSession(t, 'manager') }
  household = (await localLogin(t, 'household')).token
  cleanerToken = (await localLogin(t, 'cleaner')).token
  const cleaner = await seedCleaner(t)
  const order = await seedOrder(t)
  input = {
    me: {},
    logout: {},
    'orders.list': {},
    'orders.detail': { orderId: order._id },
    'orders.candidates': { orderId: order._id },
    'orders.dispatch': { orderId: order._id, cleanerId: cleaner._id },
    'orders.approveReschedule': { orderId: order._id, requestIndex: 0, approve: true },
    'orders.cancel': { orderId: order._id, reason: '客户来电取消' },
    'cleaners.list': {},
    'cleaners.create': { name: '李阿姨', phone: '13800001111', skills: ['daily_cleaning'], grade: 'silver' },
    'cleaners.update': { cleanerId: cleaner._id, grade: 'gold' },
    'cleaners.invite': { cleanerId: cleaner._id },
    'cleaners.leave': { cleanerId: cleaner._id, op: 'add', from: '2099-01-01', to: '2099-01-02' },
    'staff.list': {},
    'staff.create': { username: 'new.agent', name: '新客服', role: 'agent', password: 'abc12345xyz' },
    'staff.resetPassword': { staffId: staff.agent.id, password: 'abc12345xyw' }
  }
})
afterAll(async () => { await t?.close() })

const MINIMUM: Record<string, StaffRole> = {
  me: 'agent',
  logout: 'agent',
  'orders.list': 'agent',
  'orders.detail': 'agent',
  'orders.candidates': 'agent',
  'orders.dispatch': 'agent',
  'orders.approveReschedule': 'supervisor',
  'orders.cancel': 'agent',
  'cleaners.list': 'agent',
  'cleaners.create': 'supervisor',
  'cleaners.update': 'supervisor',
  'cleaners.invite': 'supervisor',
  'cleaners.leave': 'supervisor',
  'staff.list': 'manager',
  'staff.create': 'manager',
  'staff.resetPassword': 'manager'
}
const ACTIONS = Object.keys(MINIMUM)
const WRITTEN = ['orders', 'cleaners', 'staff', 'audit_logs', 'slot_counters']

describe.each(ACTIONS)('admin %s', (name) => {
  it('without a token: UNAUTHENTICATED, nothing written', () =>
    nothingWritten(t, WRITTEN, () => expectNoTokenRefused(t, name, input[name])))

  it("with a household's or a cleaner's session token: UNAUTHENTICATED", () =>
    expectSessionsRefused(t, name, input[name], [household, cleanerToken]))

  const lower = BELOW[MINIMUM[name]]
  if (lower.length) {
    it(`below ${MINIMUM[name]} (${lower.join(', ')}): PERMISSION_DENIED, nothing written`, () =>
      nothingWritten(t, WRITTEN, () => expectRolesDenied(t, name, input[name], lower.map((role) => staff[role].token))))
  }
})

it('names real actions: the router knows every one of them', async () => {
  expect(ACTIONS).toHaveLength(16)
  for (const name of ACTIONS) {
    const r = await callFn(t, 'admin', name, { bogus: 1 }, staff.manager.token)
    expect(r.error?.message ?? '').not.toMatch(/不支持的操作/)
  }
  expect((await callFn(t, 'admin', 'no.such.action', {}, staff.manager.token)).error.message).toMatch(/不支持的操作/)
})
