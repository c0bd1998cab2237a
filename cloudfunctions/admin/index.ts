// admin: the staff desk. Sign-in, then one namespace per desk (actions.ts). Every action but login declares its
// minimum staff role next to its schema; the router checks the token and role before the input. Who may call what:
// admin/permissions.ts (the table) and the generated section of docs/api.md.
import { createRouter } from '../core/runtime'
import { adminActions } from './actions'

export const main = createRouter(adminActions)
