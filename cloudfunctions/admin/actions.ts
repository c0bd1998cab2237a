// The admin function's actions by name. Each declares who may call it next to its schema (staffAction(role, ...),
// or login's public access); admin/permissions.ts reads these declarations as the one permissions table.
import type { Actions } from '../core/runtime'
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
import { queue as complaintsQueue } from './complaints/queue'
import { detail as complaintsDetail } from './complaints/detail'
import { act as complaintsAct } from './complaints/act'
import { assignees as complaintsAssignees } from './complaints/assignees'
import { markCase as complaintsMarkCase } from './complaints/markCase'
import { list as casesList } from './cases/list'
import { list as scriptsList } from './scripts/list'
import { save as scriptsSave } from './scripts/save'
import { render as scriptsRender } from './scripts/render'
import { list as scenariosList } from './scenarios/list'
import { start as drillsStart } from './drills/start'
import { submit as drillsSubmit } from './drills/submit'
import { mine as drillsMine } from './drills/mine'
import { kpis as dashboardKpis } from './dashboard/kpis'

export const adminActions = {
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
  'staff.resetPassword': staffResetPassword,
  'complaints.queue': complaintsQueue,
  'complaints.detail': complaintsDetail,
  'complaints.act': complaintsAct,
  'complaints.assignees': complaintsAssignees,
  'complaints.markCase': complaintsMarkCase,
  'cases.list': casesList,
  'scripts.list': scriptsList,
  'scripts.save': scriptsSave,
  'scripts.render': scriptsRender,
  'scenarios.list': scenariosList,
  'drills.start': drillsStart,
  'drills.submit': drillsSubmit,
  'drills.mine': drillsMine,
  'dashboard.kpis': dashboardKpis
} satisfies Actions
