// admin: the staff desk. Sign-in, then one namespace per desk; every action but login checks the staff token and
// role first (staffAction.ts). Minimum roles: orders.* agent (approveReschedule supervisor), cleaners.list agent,
// other cleaners.* supervisor, staff.* manager.
import { createRouter } from '../core/runtime'
import { login } from './login'
import { me } from './me'
import { logout } from './logout'
import { list as ordersList } from './orders/list'
import { detail as ordersDetail } from './orders/detail'
import { candidates as ordersCandidates } from './orders/candidates'
import { dispatch as ordersDispatch } from './orders/dispatch'
import { approveReschedule as ordersApproveReschedule } from './orders/approveReschedule'
import { cancel as ordersCancel } from './orders/cancel'
import { list as cleanersList } from './cleaners/list'
import { create as cleanersCreate } from './cleaners/create'
import { update as cleanersUpdate } from './cleaners/update'
import { invite as cleanersInvite } from './cleaners/invite'
import { leave as cleanersLeave } from './cleaners/leave'
import { list as staffList } from './staff/list'
import { create as staffCreate } from './staff/create'
import { resetPassword as staffResetPassword } from './staff/resetPassword'

export const main = createRouter({
  login,
  me,
  logout,
  'orders.list': ordersList,
  'orders.detail': ordersDetail,
  'orders.candidates': ordersCandidates,
  'orders.dispatch': ordersDispatch,
  'orders.approveReschedule': ordersApproveReschedule,
  'orders.cancel': ordersCancel,
  'cleaners.list': cleanersList,
  'cleaners.create': cleanersCreate,
  'cleaners.update': cleanersUpdate,
  'cleaners.invite': cleanersInvite,
  'cleaners.leave': cleanersLeave,
  'staff.list': staffList,
  'staff.create': staffCreate,
  'staff.resetPassword': staffResetPassword
})
