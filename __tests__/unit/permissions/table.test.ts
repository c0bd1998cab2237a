// The permissions table is read from the declarations next to each action: every action of every function has a
// declared caller, every admin action but login a minimum staff role, and docs/api.md shows the table as it is.
import fs from 'node:fs'
import { FUNCTIONS, TIMER_ACTION, permissionRows, permissionsMarkdown } from '../../../cloudfunctions/permissions'
import { actionsAllowed, actionsByRole, adminMinimumRoles } from '../../../cloudfunctions/admin/permissions'
import { adminActions } from '../../../cloudfunctions/admin/actions'
import { CALLER_KINDS } from '../../../cloudfunctions/core/runtime/access'
import { STAFF_ROLES } from '../../../cloudfunctions/core/contract/staff'
import { API_DOC, withPermissionsBlock } from '../../../scripts/docs-api'

const rows = permissionRows()

it('lists every action of every function, and one row per timer', () => {
  for (const [fn, router] of Object.entries(FUNCTIONS)) {
    const names = rows.filter((r) => r.fn === fn).map((r) => r.action)
    expect(names).toEqual([...Object.keys(router.actions), ...(router.hasTimer ? [TIMER_ACTION] : [])])
  }
  expect(rows.filter((r) => r.action === TIMER_ACTION).map((r) => r.fn).sort()).toEqual(['nightly', 'push', 'sla-watch'])
})

it('every action has a declared caller of a known kind', () => {
  const undeclared = rows.filter((r) => !r.access).map((r) => `${r.fn}.${r.action}`)
  expect(undeclared).toEqual([])
  for (const r of rows) expect(CALLER_KINDS).toContain(r.access!.caller)
})

it('every admin action declares a minimum staff role, except login which is public', () => {
  for (const [name, act] of Object.entries(adminActions)) {
    if (name === 'login') expect(act.access).toEqual({ caller: 'public' })
    else {
      expect(act.access?.caller).toBe('staff')
      // the router checks the caller before the input, through the action's own guard
      expect(typeof act.authorize).toBe('function')
    }
  }
  expect(Object.keys(adminMinimumRoles()).sort()).toEqual(Object.keys(adminActions).filter((n) => n !== 'login').sort())
})

it('households, cleaners and timers are who the functions say', () => {
  const callerOf = (fn: string, action: string) => rows.find((r) => r.fn === fn && r.action === action)?.access?.caller
  for (const fn of ['user', 'booking', 'complaint']) {
    for (const action of Object.keys(FUNCTIONS[fn].actions)) expect(callerOf(fn, action)).toBe('household')
  }
  expect(callerOf('cleaner', 'bind')).toBe('wechat')
  for (const action of ['jobs', 'job', 'checkIn', 'checkOut']) expect(callerOf('cleaner', action)).toBe('cleaner')
})

it('role -> actions: each role may call what the roles below it may, and more', () => {
  const byRole = actionsByRole()
  for (let i = 1; i < STAFF_ROLES.length; i++) {
    const lower = byRole[STAFF_ROLES[i - 1]]
    const higher = byRole[STAFF_ROLES[i]]
    expect(higher).toEqual(expect.arrayContaining(lower))
    expect(higher.length).toBeGreaterThan(lower.length)
  }
  expect(byRole.manager).toEqual(Object.keys(adminMinimumRoles()))
  expect(actionsAllowed('agent')).toContain('me')
  expect(actionsAllowed('agent')).not.toContain('staff.create')
  expect(actionsAllowed('supervisor')).toContain('orders.approveReschedule')
  expect(actionsAllowed('supervisor')).not.toContain('staff.list')
})

it('docs/api.md shows the table as generated (regenerate with `npm run docs:api`)', () => {
  const doc = fs.readFileSync(API_DOC, 'utf8')
  const block = permissionsMarkdown()
  expect(block.split('\n')).toHaveLength(rows.length + 2)
  if (withPermissionsBlock(doc, block) !== doc) {
    throw new Error('docs/api.md: the "Who may call what" section is stale. Run `npm run docs:api` and commit docs/api.md.')
  }
})
