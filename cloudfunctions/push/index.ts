// push: the every-minute timer that delivers the outbox (`messages`): quiet hours and the weekly cap for marketing,
// one subscription acceptance per send, never a message twice (deliverDue.ts, core/push).
import { createRouter } from '../core/runtime'
import { deliverDue } from './deliverDue'

export const main = createRouter({}, { onTimer: (ctx) => deliverDue(ctx) })
