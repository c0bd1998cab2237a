// create: book a service. Everything is checked before the first write; then the slot is taken (CONFLICT when
// full) and the order inserted. Idempotent on requestKey: the same booking sent twice is one order. The unique
// index on requestKey finds a repeat (placeOrder), so a first booking does not look for one; a refused request
// looks, so a repeat gets its order even when the slot has filled or the window has passed since.
import { action, z } from '../core/runtime'
import { docId, shanghaiDateInput } from '../core/runtime/schemas'
import { familyInput, optionalText } from '../core/runtime/householdInput'
import { findCustomer } from '../core/auth/household'
import { isAppError, notFound } from '../core/contract/errors'
import type { OrderView } from '../core/contract/api/booking'
import type { CustomerDoc } from '../core/customers/customerDoc'
import type { HandlerContext } from '../core/runtime'
import { activeService } from '../core/data/services'
import { timelineEntry } from '../core/orders/lifecycle'
import { orderDraft, type OrderDoc } from '../core/orders/orderDoc'
import { addressSnapshot, orderForRequestKey, placeOrder, serviceSnapshot } from '../core/orders/place'
import { assertBookable } from '../core/rules/bookingPolicy'
import { assertBookingDate, mergeFamily } from '../core/rules/bookingRequest'
import { quote } from '../core/rules/pricing'
import { jobEnd } from '../core/rules/units'
import { windowInput } from './fields'
import { orderView } from './view'

const schema = z.object({
  serviceId: docId,
  quantity: z.number().int(),
  date: shanghaiDateInput,
  window: windowInput,
  addressId: docId,
  requests: optionalText('服务要求'),
  familyNotes: familyInput.optional(),
  requestKey: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/)
}).strict()

type CreateInput = z.infer<typeof schema>

export const create = action(schema, async (input, ctx): Promise<OrderView> => {
  const customer = await findCustomer(ctx)
  try {
    return orderView(ctx, await book(ctx, input, customer))
  } catch (e) {
    const replay = isAppError(e) ? await orderForRequestKey(ctx, input.requestKey, customer?._id) : undefined
    if (replay) return orderView(ctx, replay)
    throw e
  }
})

async function book(ctx: HandlerContext, input: CreateInput, customer: CustomerDoc | undefined): Promise<OrderDoc> {
  const service = await activeService(ctx.db, input.serviceId, ctx.now)
  const priceFen = quote(service, input.quantity)
  assertBookingDate(input.date, ctx.now)
  const start = assertBookable(input.date, input.window, ctx.now)
  const address = customer?.addresses?.find((a) => a.id === input.addressId)
  if (!customer || !address) throw notFound('服务地址不存在，请重新选择')

  return placeOrder(ctx, orderDraft({
    requestKey: input.requestKey,
    customerId: customer._id,
    service: serviceSnapshot(service),
    quantity: input.quantity,
    ...addressSnapshot(address),
    date: input.date,
    window: input.window,
    start,
    end: jobEnd(start, service, input.quantity),
    priceFen,
    requests: input.requests ?? '',
    familyNotes: mergeFamily(customer.family, input.familyNotes),
    created: timelineEntry(ctx, 'created', { kind: 'household', id: customer._id })
  }), customer.firstOrderAt != null)
}
