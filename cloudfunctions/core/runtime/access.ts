// Who may call an action, declared where the action is defined (next to its schema) so that the router, the admin
// navigation and the generated part of docs/api.md all read one declaration (cloudfunctions/permissions.ts).
import type { StaffRole } from '../contract/staff'

/**
 * The kinds of caller:
 *   public     anyone (admin.login)
 *   household  a WeChat user (openid from the invocation context), with or without a customer file
 *   wechat     any WeChat user, household or not yet a cleaner (cleaner.bind)
 *   cleaner    a bound, active cleaner
 *   staff      a signed-in staff member of at least `role`
 *   timer      the function's timer trigger
 */
export const CALLER_KINDS = ['public', 'household', 'wechat', 'cleaner', 'staff', 'timer'] as const
export type CallerKind = (typeof CALLER_KINDS)[number]

export type Access =
  | { caller: Exclude<CallerKind, 'staff'> }
  | { caller: 'staff'; role: StaffRole }

export const CALLER_LABELS: Record<CallerKind, string> = {
  public: '任何人',
  household: '家庭用户',
  wechat: '任何微信用户',
  cleaner: '已绑定的阿姨',
  staff: '员工',
  timer: '定时触发器'
}
