// The cleaners desk: create (phone encrypted, one-time invite code), list with search, update, new invite codes,
// leave, and deactivation that never strands a job. Every change is in the audit log.
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { callFn, okFn, localLogin } from '../../helpers/api'
import { staffSession, seedOrder, getDoc, type StaffSession } from '../../helpers/desk'
import { addDays, shanghaiDate } from '../../../cloudfunctions/core/rules/time'
import { INVITE_CODE_ALPHABET } from '../../../cloudfunctions/core/rules/inviteCode'

jest.setTimeout(60_000)

let t: TestCloud
let agent: StaffSession
let sup: StaffSession
const today = shanghaiDate(new Date())

beforeAll(async () => {
  t = await startTestCloud()
  agent = await staffSession(t, 'agent')
  sup = await staffSession(t, 'supervisor', '主管老陈')
})
afterAll(async () => { await t?.close() })

const create = (input: Record<string, unknown>) => okFn(t, 'admin', 'cleaners.create', { phone: '13812345678', skills: ['daily_cleaning'], grade: 'regular', ...input }, sup.token)
const audits = async (targetId: string) => (await t.db.collection('audit_logs').where({ targetId }).orderBy('createdAt', 'asc').get()).data

describe('cleaners.create', () => {
  it('keeps the phone encrypted and masked, and issues a 6-character invite code', async () => {
    const v = await create({ name: '  王芳 ', phone: '+86 139-1234-5678', skills: ['daily_cleaning', 'deep_cleaning', 'daily_cleaning'], grade: 'gold' })
    expect(v).toMatchObject({
      name: '王芳', phoneMasked: '139****5678', skills: ['daily_cleaning', 'deep_cleaning'], skillLabels: ['日常保洁', '深度保洁'],
      grade: 'gold', gradeLabel: '金牌', active: true, bound: false, leave: [], rating: null
    })
    expect(v.inviteCode).toHaveLength(6)
    expect([...v.inviteCode].every((ch: string) => INVITE_CODE_ALPHABET.includes(ch))).toBe(true)
    const doc = await getDoc(t, 'cleaners', v.id)
    expect(doc.phoneEnc).toMatch(/^v2:[0-9a-f]{8}:/)
    expect(JSON.stringify(doc)).not.toContain('13912345678')
    expect(doc.scheduleVersion).toBe(0)
    expect((await audits(v.id))[0]).toMatchObject({ action: 'cleaners.create', staffId: sup.id, staffName: '主管老陈' })
  })

  it('gives every cleaner her own code', async () => {
    const codes = await Promise.all(Array.from({ length: 12 }, (_, i) => create({ name: `批量${i}` }).then((v) => v.inviteCode)))
    expect(new Set(codes).size).toBe(12)
  })
})

describe('cleaners.list', () => {
  it('finds by part of the name or by the full phone number, in pages, with masked phones', async () => {
    await create({ name: '孙丽华', phone: '13700000001' })
    await create({ name: '孙美丽', phone: '13700000002' })
    await create({ name: '钱多多', phone: '13700000003' })
    const byName = await okFn(t, 'admin', 'cleaners.list', { q: '孙' }, agent.token)
    expect(byName.list.map((c: any) => c.name)).toEqual(['孙丽华', '孙美丽'])
    expect(byName.list[0].phoneMasked).toBe('137****0001')
    expect(JSON.stringify(byName)).not.toMatch(/phoneEnc|openid|13700000001/)
    const byPhone = await okFn(t, 'admin', 'cleaners.list', { q: '137 0000 0003' }, agent.token)
    expect(byPhone.list.map((c: any) => c.name)).toEqual(['钱多多'])
    const regexSafe = await okFn(t, 'admin', 'cleaners.list', { q: '.*' }, agent.token)
    expect(regexSafe.list).toEqual([])

    const seen: string[] = []
    let cursor: string | null = null
    do {
      const page: any = await okFn(t, 'admin', 'cleaners.list', { limit: 4, cursor }, agent.token)
      seen.push(...page.list.map((c: any) => c.id))
      cursor = page.nextCursor
    } while (cursor)
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen.length).toBeGreaterThanOrEqual(16)
  })
})

describe('cleaners.update', () => {
  it('changes the fields given, re-encrypts a new phone, and logs what changed', async () => {
    const v = await create({ name: '周敏' })
    const u = await okFn(t, 'admin', 'cleaners.update', { cleanerId: v.id, grade: 'silver', phone: '13600001234', skills: ['nanny'] }, sup.token)
    expect(u).toMatchObject({ name: '周敏', grade: 'silver', gradeLabel: '银牌', phoneMasked: '136****1234', skills: ['nanny'] })
    expect(await getDoc(t, 'cleaners', v.id)).toMatchObject({ grade: 'silver', phoneMasked: '136****1234', skills: ['nanny'] })
    expect((await audits(v.id)).at(-1)).toMatchObject({ action: 'cleaners.update', detail: { changed: ['skills', 'grade', 'phone'] } })
  })

  it('refuses to stop a cleaner who still holds jobs, and stops her once they are reassigned', async () => {
    const v = await create({ name: '吴阿姨' })
    const job = await seedOrder(t, { date: addDays(today, 3), status: 'dispatched', cleanerId: v.id })
    const r = await callFn(t, 'admin', 'cleaners.update', { cleanerId: v.id, active: false }, sup.token)
    expect(r.error.code).toBe('FAILED_PRECONDITION')
    expect(r.error.message).toBe(`吴阿姨还有1个未完成的派单（${job.orderNo}），请先改派后再停用`)
    expect((await getDoc(t, 'cleaners', v.id)).active).toBe(true)
    await t.db.collection('orders').doc(job._id).update({ status: 'cancelled' })
    const u = await okFn(t, 'admin', 'cleaners.update', { cleanerId: v.id, active: false }, sup.token)
    expect(u.active).toBe(false)
  })
})

describe('cleaners.invite and cleaner.bind', () => {
  it('a new code replaces the old one, and unbinds her old WeChat', async () => {
    const v = await create({ name: '郑阿姨' })
    const { inviteCode } = await okFn(t, 'admin', 'cleaners.invite', { cleanerId: v.id }, sup.token)
    expect(inviteCode).not.toBe(v.inviteCode)
    const phone1 = await localLogin(t, 'cleaner')
    const old = await callFn(t, 'cleaner', 'bind', { inviteCode: v.inviteCode }, phone1.token)
    expect(old.error.code).toBe('NOT_FOUND')
    await okFn(t, 'cleaner', 'bind', { inviteCode }, phone1.token)
    expect((await okFn(t, 'admin', 'cleaners.list', { q: '郑阿姨' }, agent.token)).list[0]).toMatchObject({ bound: true, inviteCode: null })

    // she changed phones: a fresh code unbinds the old account, the new one binds
    const again = await okFn(t, 'admin', 'cleaners.invite', { cleanerId: v.id }, sup.token)
    expect((await callFn(t, 'cleaner', 'jobs', { scope: 'today' }, phone1.token)).error.code).toBe('PERMISSION_DENIED')
    const phone2 = await localLogin(t, 'cleaner')
    await okFn(t, 'cleaner', 'bind', { inviteCode: again.inviteCode.toLowerCase() }, phone2.token)
    expect((await getDoc(t, 'cleaners', v.id)).openid).toBe(phone2.openid)
    expect((await audits(v.id)).filter((a: any) => a.action === 'cleaners.invite').map((a: any) => a.detail.unbound)).toEqual([false, true])
  })
})

describe('cleaners.leave', () => {
  it('adds and removes leave in date order; refuses overlaps, the past and leave over her jobs', async () => {
    const v = await create({ name: '冯阿姨' })
    const d = (n: number) => addDays(today, n)
    await okFn(t, 'admin', 'cleaners.leave', { cleanerId: v.id, op: 'add', from: d(10), to: d(12), reason: '回老家' }, sup.token)
    const two = await okFn(t, 'admin', 'cleaners.leave', { cleanerId: v.id, op: 'add', from: d(3), to: d(3) }, sup.token)
    expect(two.leave).toEqual([{ from: d(3), to: d(3) }, { from: d(10), to: d(12), reason: '回老家' }])

    const overlap = await callFn(t, 'admin', 'cleaners.leave', { cleanerId: v.id, op: 'add', from: d(12), to: d(14) }, sup.token)
    expect(overlap.error).toEqual({ code: 'INVALID_ARGUMENT', message: `与已登记的请假（${d(10)} 至 ${d(12)}）重叠` })
    const past = await callFn(t, 'admin', 'cleaners.leave', { cleanerId: v.id, op: 'add', from: d(-2), to: d(1) }, sup.token)
    expect(past.error).toEqual({ code: 'INVALID_ARGUMENT', message: '不能为已经过去的日期登记请假' })

    const job = await seedOrder(t, { date: d(6), status: 'dispatched', cleanerId: v.id })
    const stranded = await callFn(t, 'admin', 'cleaners.leave', { cleanerId: v.id, op: 'add', from: d(5), to: d(7) }, sup.token)
    expect(stranded.error.code).toBe('FAILED_PRECONDITION')
    expect(stranded.error.message).toBe(`请假期间已有1个派单（${job.orderNo}），请先改派后再登记请假`)

    const removed = await okFn(t, 'admin', 'cleaners.leave', { cleanerId: v.id, op: 'remove', from: d(3), to: d(3) }, sup.token)
    expect(removed.leave).toEqual([{ from: d(10), to: d(12), reason: '回老家' }])
    const gone = await callFn(t, 'admin', 'cleaners.leave', { cleanerId: v.id, op: 'remove', from: d(3), to: d(3) }, sup.token)
    expect(gone.error.code).toBe('NOT_FOUND')
    expect((await audits(v.id)).map((a: any) => a.action)).toEqual(['cleaners.create', 'cleaners.leave.add', 'cleaners.leave.add', 'cleaners.leave.remove'])
    expect((await getDoc(t, 'cleaners', v.id)).scheduleVersion).toBe(3)
  })
})
