// slots: the next 14 days x 3 windows for one service: units left (cleaners who can serve minus booked) and, when a
// window cannot be booked, why.
import { action, z } from '../core/runtime'
import { docId } from '../core/runtime/schemas'
import { requireOpenid } from '../core/auth/identity'
import type { SlotsView } from '../core/contract/api/booking'
import { activeService } from '../core/data/services'
import { bookedBySlot, cleanersWithSkill } from '../core/orders/slots'
import { boardSlotKeys, slotBoard } from '../core/rules/slotBoard'
import './fields'

const schema = z.object({ serviceId: docId }).strict()

export const slots = action(schema, async ({ serviceId }, ctx): Promise<SlotsView> => {
  requireOpenid(ctx)
  const { category } = await activeService(ctx.db, serviceId, ctx.now)
  const [cleaners, booked] = await Promise.all([cleanersWithSkill(ctx, category), bookedBySlot(ctx, boardSlotKeys(category, ctx.now))])
  const days = slotBoard(category, cleaners, booked, ctx.now)
  return {
    days: days.map((d) => ({ ...d, windows: d.windows.map((w) => ({ ...w, startsAt: w.startsAt.toISOString() })) }))
  }
})
