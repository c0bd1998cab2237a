// Who may call an admin action, checked the same way for every action: no token or a household's / cleaner's session
// -> UNAUTHENTICATED, a staff member below the action's minimum role -> PERMISSION_DENIED, and nothing written.
import type { TestCloud } from './localCloud'
import { callFn, CHINESE } from './api'
import { snapshot } from './desk'
import type { StaffRole } from '../../cloudfunctions/core/contract/staff'

/** The roles below each one (who must be refused an action that needs it). */
export const BELOW: Record<StaffRole, StaffRole[]> = { agent: [], supervisor: ['agent'], manager: ['agent', 'supervisor'] }

/** Runs `fn` and expects the collections `written` to be exactly as before it. */
export async function nothingWritten(t: TestCloud, written: string[], fn: () => Promise<void>): Promise<void> {
  const before = await snapshot(t, written)
  await fn()
  expect(await snapshot(t, written)).toBe(before)
}

/** Admin `name` without a token: UNAUTHENTICATED with a Chinese message, also with bad input. */
export async function expectNoTokenRefused(t: TestCloud, name: string, input: Record<string, unknown>): Promise<void> {
  const r = await callFn(t, 'admin', name, input)
  expect(r.ok).toBe(false)
  expect(r.error.code).toBe('UNAUTHENTICATED')
  expect(r.error.message).toMatch(CHINESE)
  // with bad input too: who comes before what
  expect((await callFn(t, 'admin', name, { bogus: 1 })).error.code).toBe('UNAUTHENTICATED')
}

/** Admin `name` with each of these (non-staff) session tokens: UNAUTHENTICATED with a Chinese message. */
export async function expectSessionsRefused(t: TestCloud, name: string, input: Record<string, unknown>, tokens: string[]): Promise<void> {
  for (const token of tokens) {
    const r = await callFn(t, 'admin', name, input, token)
    expect(r.error.code).toBe('UNAUTHENTICATED')
    expect(r.error.message).toMatch(CHINESE)
  }
}

/** Admin `name` with each of these staff tokens (roles too low for it): PERMISSION_DENIED. */
export async function expectRolesDenied(t: TestCloud, name: string, input: Record<string, unknown>, tokens: string[]): Promise<void> {
  for (const token of tokens) {
    const r = await callFn(t, 'admin', name, input, token)
    expect(r.error).toEqual({ code: 'PERMISSION_DENIED', message: '您的角色无权进行此操作' })
  }
}
