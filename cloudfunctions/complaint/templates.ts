// templates: the subscription template the page asks the household to accept when it files a complaint, so that
// progress notices can reach it (weapp Taro.requestSubscribeMessage, h5 POST /api/_local/subscribe, then
// user.subscribeAccepted).
import { action, z } from '../core/runtime'
import { callingHousehold } from './fields'
import { templateIdOf } from '../core/push/templates'
import type { ComplaintTemplatesView } from '../core/contract/api/complaint'

export const templates = action(z.object({}).strict(), async (_input, ctx): Promise<ComplaintTemplatesView> => {
  await callingHousehold(ctx) // a bound cleaner is refused, as on every complaint action
  return { complaintProgress: await templateIdOf(ctx.db, 'complaint_progress') }
})
