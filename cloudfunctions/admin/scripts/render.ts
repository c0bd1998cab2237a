// scripts.render: a script template filled in for one work order (rules/complaints/scriptValues +
// renderScript): the customer's and cleaner's salutations, the service time, the compensation granted so far, the
// ticket number, the caller's name, the resolution deadline. Variables without a value stay visible and are listed in
// `missing` for the agent to fill in. Each render counts one use of the template (`_.inc`).
import { z } from '../../core/runtime'
import { docId } from '../../core/runtime/schemas'
import { notFound } from '../../core/contract/errors'
import { COLL } from '../../core/data/collections'
import { findOne } from '../../core/data/db'
import type { RenderedScriptView } from '../../core/contract/api/complaintsDesk'
import type { CustomerDoc } from '../../core/customers/customerDoc'
import type { OrderDoc } from '../../core/orders/orderDoc'
import type { CleanerDoc } from '../../core/cleaners/accounts'
import type { ScriptDoc } from '../../core/recovery/docs'
import { complaintSettings, loadWorkOrder, slaStateOf } from '../../core/complaints'
import { slaClocks } from '../../core/rules/complaints/sla'
import { renderScript } from '../../core/rules/complaints/scripts'
import { scriptValues } from '../../core/rules/complaints/scriptValues'
import { staffAction } from '../staffAction'
import { complaintId } from '../complaints/fields'

const schema = z.object({ scriptId: docId, complaintId }).strict()

export const render = staffAction('agent', schema, async ({ scriptId, complaintId }, ctx, staff): Promise<RenderedScriptView> => {
  const script = await findOne<ScriptDoc>(ctx.db, COLL.scripts, { _id: scriptId, active: true })
  if (!script) throw notFound('话术模板不存在')
  const wo = await loadWorkOrder(ctx, complaintId)
  const [settings, customer, order] = await Promise.all([
    complaintSettings(ctx.db),
    findOne<CustomerDoc>(ctx.db, COLL.customers, { _id: wo.customerId }),
    wo.orderId ? findOne<OrderDoc>(ctx.db, COLL.orders, { _id: wo.orderId }) : Promise.resolve(undefined)
  ])
  const cleanerId = order?.cleanerId ?? wo.cleanerId
  const cleaner = cleanerId ? await findOne<CleanerDoc>(ctx.db, COLL.cleaners, { _id: cleanerId }) : undefined
  const resolution = slaClocks(slaStateOf(wo), ctx.now, settings.sla).find((c) => c.clock === 'resolution')
  const values = scriptValues({
    customerName: customer?.name,
    contactName: order?.contact?.name,
    order: order ? { date: order.date, window: order.window, serviceName: order.service.name } : null,
    cleanerName: cleaner?.name,
    staffName: staff.name,
    ticketNo: wo.ticketNo,
    grantedCompensation: (wo.compensations ?? []).filter((c) => c.status === 'granted').map((c) => c.description),
    due: resolution && !resolution.stoppedAt ? resolution.dueAt : null,
    companyName: settings.companyName,
    now: ctx.now
  })
  const rendered = renderScript(script.text, values)
  await ctx.db.collection(COLL.scripts).where({ _id: script._id }).update({ usage: ctx._.inc(1), lastUsedAt: ctx.now })
  return { scriptId: script._id, text: rendered.text, missing: rendered.missing }
})
