// sla-watch: the every-5-minutes timer that records SLA breaches and escalates work orders one level per breach
// (watch.ts).
import { createRouter } from '../core/runtime'
import { watchSla } from './watch'

export const main = createRouter({}, { onTimer: (ctx) => watchSla(ctx) })
