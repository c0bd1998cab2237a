// nightly: the 02:00 (Shanghai) timer. Today it auto-confirms orders 48 h after check-out (autoConfirm.ts) and
// answers its counts {scanned, confirmed, skipped, done}.
import { createRouter } from '../core/runtime'
import { autoConfirm } from './autoConfirm'

export const main = createRouter({}, { onTimer: (ctx) => autoConfirm(ctx) })
