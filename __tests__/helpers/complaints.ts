// Test data for service recovery (complaint, push, sla-watch): households with an order to complain about, a
// CloudBase context for calling core/complaints and core/push directly (staff actions before the desk exists, a fixed
// clock for quiet hours), subscription acceptances on both sides (WeChat's and our count), and what WeChat delivered.
import crypto from 'node:crypto'
import type { TestCloud } from './localCloud'
import { callFn, fireTimer, okFn } from './api'
import { household, type Household } from './seed'
import { seedOrder, type OrderSeed } from './desk'
import type { WorkOrderActor } from '../../cloudfunctions/core/complaints/complaintDoc'
import { complaintSettings, loadWorkOrder, restampDueIndex } from '../../cloudfunctions/core/complaints'

export const PROGRESS_TEMPLATE = 'TMPL_COMPLAINT_PROGRESS'

/** What a cloud function's handler gets, for calling core/ directly (now defaults to the real clock). */
export function coreCtx(t: TestCloud, now = new Date()) {
  return { db: t.db, _: t.db.command, app: t.app, now, openid: undefined as string | undefined, requestId: 'test' }
}

/**
 * After a test rewrote a work order's clocks straight in the database (to stand in for time gone by): stamp its
 * `sla.nextDueAt` and `queueRank` as every write through core/complaints does.
 */
export async function restamp(t: TestCloud, id: string): Promise<void> {
  const ctx = coreCtx(t)
  await restampDueIndex(ctx, await loadWorkOrder(ctx, id), (await complaintSettings(t.db)).sla)
}

/** What one sla-watch run answered (the timer fired as the scheduler fires it). */
export interface SlaWatchRun { scanned: number; escalated: number; skipped: number; backfilled: number; done: boolean }

export async function runSlaWatch(t: TestCloud): Promise<SlaWatchRun> {
  const r = await fireTimer(t, 'sla-watch')
  if (!r.ok || !r.data?.ok) throw new Error(`sla-watch failed: ${JSON.stringify(r)}`)
  return r.data.data
}

/** A clean slate for an sla-watch test: no work orders, no job cursors. */
export async function clearWorkOrders(t: TestCloud): Promise<void> {
  const _ = t.db.command
  await t.db.collection('complaints').where({ _id: _.exists(true) }).remove()
  await t.db.collection('job_state').where({ _id: _.exists(true) }).remove()
}

export const newComplaintKey = () => `ck_${crypto.randomBytes(8).toString('hex')}`

export interface ComplainingHousehold extends Household {
  customerId: string
  order: Awaited<ReturnType<typeof seedOrder>>
}

/**
 * A signed-in household (customer file with an address) and one completed order of its own. Each gets its own cleaner
 * and district unless told otherwise, so complaints in one test file never form an incident by accident.
 */
export async function householdWithOrder(t: TestCloud, over: OrderSeed & { district?: string } = {}): Promise<ComplainingHousehold> {
  const uid = crypto.randomBytes(4).toString('hex')
  const { district = `测试区${uid}`, ...orderOver } = over
  const h = await household(t, { district })
  const me = await okFn(t, 'user', 'me', {}, h.token)
  const order = await seedOrder(t, { customerId: me.id, status: 'completed', cleanerId: `cleaner-${uid}`, ...orderOver })
  await t.db.collection('orders').doc(order._id).update({ 'address.district': district })
  return { ...h, customerId: me.id, order: { ...order, address: { ...order.address, district } } }
}

export function complaintInput(h: { order: { _id: string } } | null, over: Record<string, unknown> = {}) {
  return {
    ...(h ? { orderId: h.order._id } : {}),
    category: 'missed_spots',
    description: '厨房台面没有擦干净，油渍还在',
    contactTime: '工作日晚上7点后',
    requestKey: newComplaintKey(),
    ...over
  }
}

export const MANAGER: WorkOrderActor = { kind: 'staff', id: 'staff-manager', role: 'manager', name: '经理王总' }
export const SUPERVISOR: WorkOrderActor = { kind: 'staff', id: 'staff-supervisor', role: 'supervisor', name: '主管老李' }
export const AGENT: WorkOrderActor = { kind: 'staff', id: 'staff-agent', role: 'agent', name: '客服小周' }

async function local(t: TestCloud, route: string, token: string, body: unknown = {}): Promise<any> {
  const res = await fetch(`${t.url}/api/_local/${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body)
  })
  return res.json()
}

/** The household accepts a template n times: WeChat's side (/api/_local/subscribe) and our count (user.subscribeAccepted). */
export async function acceptNotices(t: TestCloud, token: string, n = 1, templateId = PROGRESS_TEMPLATE): Promise<void> {
  for (let i = 0; i < n; i++) {
    const wx = await local(t, 'subscribe', token, { templateIds: [templateId] })
    if (!wx.ok) throw new Error(`subscribe failed: ${wx.error?.message}`)
    const ours = await callFn(t, 'user', 'subscribeAccepted', { templateIds: [templateId] }, token)
    if (!ours.ok) throw new Error(`subscribeAccepted failed: ${ours.error?.message}`)
  }
}

/** What WeChat delivered to the signed-in person (newest first). */
export async function wxDelivered(t: TestCloud, token: string): Promise<any[]> {
  const r = await local(t, 'messages', token)
  if (!r.ok) throw new Error(`messages failed: ${r.error?.message}`)
  return r.data.list
}
