// The authorization matrix: every action of every function (cloudfunctions/permissions.ts) x eight callers (anonymous,
// household A, household B, the cleaner who owns the job, another bound cleaner, 客服, 主管, 经理). The expected answer
// of each cell is derived from the action's declared caller, never written per cell:
//   allowed  -> anything but UNAUTHENTICATED / PERMISSION_DENIED (and, on A's own object, not NOT_FOUND either)
//   denied   -> UNAUTHENTICATED when the caller is not the kind at all (no WeChat identity, no staff token),
//               PERMISSION_DENIED when it is the kind but not enough (an unbound WeChat user on a cleaner action, a
//               bound cleaner on a complaint action, a staff role below the action's minimum)
//   foreign  -> NOT_FOUND: household B on A's order or complaint, the other cleaner on the owner's job
// Denied and foreign cells write nothing (every collection snapshotted around them). A new action fails here until it
// has a declared caller (the table) and a probe input below; a function directory missing from the table fails too.
import fs from 'node:fs'
import path from 'node:path'
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { callFn, localLogin, okFn, uploadPhoto, type ApiAnswer } from '../../helpers/api'
import { boundCleaner, seedOrder, snapshot, staffSession } from '../../helpers/desk'
import { bookingInput, household, seedService } from '../../helpers/seed'
import { complaintInput, householdWithOrder } from '../../helpers/complaints'
import { FUNCTIONS, TIMER_ACTION, permissionRows, type PermissionRow } from '../../../cloudfunctions/permissions'
import { atLeast } from '../../../cloudfunctions/core/auth/staffRoles'
import { COLL } from '../../../cloudfunctions/core/data/collections'
import { shanghaiDate } from '../../../cloudfunctions/core/rules/time'
import type { StaffRole } from '../../../cloudfunctions/core/contract/staff'

jest.setTimeout(300_000)

const CALLERS = ['anonymous', 'householdA', 'householdB', 'cleanerOwner', 'cleanerOther', 'agent', 'supervisor', 'manager'] as const
type Caller = (typeof CALLERS)[number]
type Outcome = 'allowed' | 'UNAUTHENTICATED' | 'PERMISSION_DENIED' | 'NOT_FOUND'

const EVERY_COLLECTION = Object.values(COLL)
const ROWS = permissionRows()
const STAFF: Partial<Record<Caller, StaffRole>> = { agent: 'agent', supervisor: 'supervisor', manager: 'manager' }
const HOUSEHOLDS: Caller[] = ['householdA', 'householdB']
const CLEANERS: Caller[] = ['cleanerOwner', 'cleanerOther']

/** Actions whose input names an object of household A (order, complaint, upload path) or of the owning cleaner (her
 * job, her upload path). */
const HOUSEHOLD_OBJECT = new Set(['user.registerUpload', 'booking.detail', 'booking.cancel', 'booking.reschedule', 'booking.confirmDone',
  'complaint.create', 'complaint.detail', 'complaint.reply', 'complaint.confirm'])
const CLEANER_OBJECT = new Set(['cleaner.job', 'cleaner.checkIn', 'cleaner.checkOut', 'cleaner.registerUpload'])

/** What the table says a caller gets from an action (the derivation the header describes). */
function expected(row: PermissionRow, caller: Caller): Outcome {
  const key = `${row.fn}.${row.action}`
  const access = row.access!
  const staffRole = STAFF[caller]
  const wechat = HOUSEHOLDS.includes(caller) || CLEANERS.includes(caller)
  switch (access.caller) {
    case 'public': return 'allowed'
    case 'timer': return 'UNAUTHENTICATED' // only the trigger (or the keys' holder) fires a timer
    case 'staff':
      if (!staffRole) return 'UNAUTHENTICATED'
      return atLeast(staffRole, access.role) ? 'allowed' : 'PERMISSION_DENIED'
    case 'wechat':
      return wechat ? 'allowed' : 'UNAUTHENTICATED'
    case 'cleaner':
      if (!wechat) return 'UNAUTHENTICATED'
      if (!CLEANERS.includes(caller)) return 'PERMISSION_DENIED'
      return CLEANER_OBJECT.has(key) && caller === 'cleanerOther' ? 'NOT_FOUND' : 'allowed'
    case 'household':
      if (!wechat) return 'UNAUTHENTICATED'
      // a bound cleaner's WeChat account is not a household for complaints (docs/decisions.md, complaints)
      if (row.fn === 'complaint' && CLEANERS.includes(caller)) return 'PERMISSION_DENIED'
      return HOUSEHOLD_OBJECT.has(key) && caller !== 'householdA' ? 'NOT_FOUND' : 'allowed'
  }
}

let t: TestCloud
const tokens: Partial<Record<Caller, string>> = {}
let inputs: Record<string, Record<string, unknown>>
const BOGUS = { bogus: 1 }

beforeAll(async () => {
  t = await startTestCloud()
  const service = await seedService(t)
  const a = await householdWithOrder(t) // A, with a completed order to complain about
  const b = await household(t)
  const owner = await boundCleaner(t)
  const other = await boundCleaner(t)
  const staff = { agent: await staffSession(t, 'agent'), supervisor: await staffSession(t, 'supervisor'), manager: await staffSession(t, 'manager') }
  Object.assign(tokens, {
    householdA: a.token, householdB: b.token, cleanerOwner: owner.token, cleanerOther: other.token,
    agent: staff.agent.token, supervisor: staff.supervisor.token, manager: staff.manager.token
  })
  // A's upcoming order (booking actions) and today's job of the owning cleaner at A's home (cleaner actions)
  const upcoming = await okFn(t, 'booking', 'create', bookingInput(a, service), a.token)
  const job = await seedOrder(t, { customerId: a.customerId, cleanerId: owner.cleaner._id, status: 'dispatched', date: shanghaiDate(new Date()), window: 'evening' })
  const complaint = await okFn(t, 'complaint', 'create', complaintInput(a), a.token)
  const afterPhoto = await uploadPhoto(t, owner.token)
  const orderId = upcoming.id as string
  // upload paths issued to A and to the owning cleaner, nothing uploaded there (the owner's own call is INVALID_ARGUMENT)
  const pathA = (await okFn(t, 'user', 'uploadPath', {}, a.token)).cloudPath
  const pathOwner = (await okFn(t, 'cleaner', 'uploadPath', {}, owner.token)).cloudPath
  inputs = {
    'user.me': {},
    'user.updateProfile': { preferences: '喜欢安静' },
    'user.addresses': { op: 'remove', id: 'addr-none' },
    'user.subscribeAccepted': { templateIds: ['TMPL_MATRIX'] },
    'user.messages': {},
    'user.uploadPath': {},
    'user.registerUpload': { fileID: `cloud://local.local-bucket/${pathA}.jpg` },
    'booking.catalog': {},
    'booking.slots': { serviceId: service._id },
    'booking.quote': { serviceId: service._id, quantity: 3 },
    'booking.create': bookingInput(a, service),
    'booking.list': {},
    'booking.detail': { orderId },
    'booking.cancel': { orderId, reason: '临时有事' },
    'booking.reschedule': { orderId, date: upcoming.date, window: 'afternoon', reason: '时间冲突' },
    'booking.confirmDone': { orderId },
    'complaint.templates': {},
    'complaint.create': complaintInput(a, { description: '窗台没有擦，灰尘还在' }),
    'complaint.list': {},
    'complaint.detail': { complaintId: complaint.id },
    'complaint.reply': { complaintId: complaint.id, text: '请尽快联系我' },
    'complaint.confirm': { complaintId: complaint.id, satisfied: false, reason: '还没有处理' },
    'cleaner.bind': { inviteCode: 'NOPE0000' },
    'cleaner.jobs': { scope: 'today' },
    'cleaner.job': { orderId: job._id },
    'cleaner.checkIn': { orderId: job._id },
    'cleaner.checkOut': { orderId: job._id, photos: [afterPhoto] },
    'cleaner.uploadPath': {},
    'cleaner.registerUpload': { fileID: `cloud://local.local-bucket/${pathOwner}.jpg` }
  }
})
afterAll(async () => { await t?.close() })

/** One cell: a timer row is the local timer route without the keys; an admin action takes bogus input (its guard runs
 * first, so an allowed caller reaches the input check); any other action its probe input. */
async function call(row: PermissionRow, caller: Caller): Promise<ApiAnswer> {
  const token = tokens[caller]
  if (row.action === TIMER_ACTION) {
    const res = await fetch(`${t.url}/api/_local/timers/${row.fn}`, {
      method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: '{}'
    })
    return res.json() as Promise<ApiAnswer>
  }
  const input = row.fn === 'admin' ? BOGUS : inputs[`${row.fn}.${row.action}`]
  return callFn(t, row.fn, row.action, input, token)
}

const figures = { cells: 0, allowed: 0, UNAUTHENTICATED: 0, PERMISSION_DENIED: 0, NOT_FOUND: 0 }
const failures: string[] = []

it('every function directory is in the table, with every action of its router', () => {
  const root = path.resolve(__dirname, '../../../cloudfunctions')
  const dirs = fs.readdirSync(root).filter((d) => fs.existsSync(path.join(root, d, 'index.ts')) && fs.existsSync(path.join(root, d, 'config.json')))
  expect(Object.keys(FUNCTIONS).sort()).toEqual(dirs.sort())
  for (const d of dirs) {
    const router = require(path.join(root, d, 'index.ts')).main
    const listed = ROWS.filter((r) => r.fn === d && r.action !== TIMER_ACTION).map((r) => r.action)
    expect(listed).toEqual(Object.keys(router.actions))
    for (const r of ROWS.filter((x) => x.fn === d)) expect(r.access).toBeDefined()
  }
})

it('every non-admin action has a probe input (a new action needs one here)', () => {
  const missing = ROWS.filter((r) => r.fn !== 'admin' && r.action !== TIMER_ACTION && !inputs[`${r.fn}.${r.action}`]).map((r) => `${r.fn}.${r.action}`)
  expect(missing).toEqual([])
})

describe.each(ROWS.map((r) => [`${r.fn}.${r.action}`, r] as const))('%s', (name, row) => {
  it(`answers each caller as its declared caller (${row.access?.caller}) implies; refusals write nothing`, async () => {
    const plan = CALLERS.map((c) => ({ caller: c, want: expected(row, c) }))
    const off: string[] = []
    // refusals first, around one snapshot; then the allowed callers (who may write)
    const before = await snapshot(t, EVERY_COLLECTION)
    for (const { caller, want } of plan.filter((p) => p.want !== 'allowed')) {
      const r = await call(row, caller)
      figures.cells++
      figures[want]++
      const code = r.ok ? 'ok' : r.error.code
      if (code !== want) off.push(`${name} x ${caller}: want ${want}, got ${code}`)
    }
    const written = (await snapshot(t, EVERY_COLLECTION)) !== before
    for (const { caller } of plan.filter((p) => p.want === 'allowed')) {
      const r = await call(row, caller)
      figures.cells++
      figures.allowed++
      const code = r.ok ? 'ok' : r.error.code
      // on its own object (A's order or complaint, the owner's job or upload path) NOT_FOUND would be a refusal too
      const ownObject = (caller === 'householdA' && HOUSEHOLD_OBJECT.has(name)) || (caller === 'cleanerOwner' && CLEANER_OBJECT.has(name))
      if (code === 'UNAUTHENTICATED' || code === 'PERMISSION_DENIED' || (ownObject && code === 'NOT_FOUND')) {
        off.push(`${name} x ${caller}: want allowed, got ${code}`)
      }
    }
    failures.push(...off)
    expect(off).toEqual([])
    expect(written).toBe(false)
  })
})

afterAll(() => {
  const lines = [
    'authorization matrix (security/matrix.test.ts)',
    `  actions x callers : ${ROWS.length} x ${CALLERS.length}`,
    `  cells             : ${figures.cells}`,
    `  allowed           : ${figures.allowed}`,
    `  UNAUTHENTICATED   : ${figures.UNAUTHENTICATED}`,
    `  PERMISSION_DENIED : ${figures.PERMISSION_DENIED}`,
    `  NOT_FOUND         : ${figures.NOT_FOUND}`,
    `  cells off table   : ${failures.length}${failures.length ? '\n    ' + failures.join('\n    ') : ''}`
  ]
  console.log(lines.join('\n'))
})
