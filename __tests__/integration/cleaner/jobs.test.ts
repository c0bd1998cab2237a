// A cleaner's own jobs: the lists, one job in full (full address only on its Shanghai day), check-in (on the day,
// at most 2 h early) and check-out (1-9 photos). Another cleaner's job is NOT_FOUND; a household is not a cleaner.
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { callFn, okFn, localLogin, uploadPhoto, CHINESE } from '../../helpers/api'
import { boundCleaner, seedOrder, getDoc, snapshot } from '../../helpers/desk'
import { addDays, shanghaiDate } from '../../../cloudfunctions/core/rules/time'

jest.setTimeout(60_000)

let t: TestCloud
let me: Awaited<ReturnType<typeof boundCleaner>>
let other: Awaited<ReturnType<typeof boundCleaner>>
const H = 3600_000
const today = shanghaiDate(new Date())
/** a job that started half an hour ago: today, and check-in is open */
const nowJob = () => ({ start: new Date(Date.now() - H / 2), end: new Date(Date.now() + 3 * H) })

beforeAll(async () => {
  t = await startTestCloud()
  me = await boundCleaner(t, { name: '王芳' })
  other = await boundCleaner(t, { name: '李娟' })
})
afterAll(async () => { await t?.close() })

describe('who may call', () => {
  it('a household session is not a cleaner: PERMISSION_DENIED for every job action; no session: UNAUTHENTICATED', async () => {
    const household = await localLogin(t, 'household')
    const order = await seedOrder(t, { ...nowJob(), status: 'dispatched', cleanerId: me.cleaner._id })
    const calls: Array<[string, Record<string, unknown>]> = [
      ['jobs', { scope: 'today' }], ['job', { orderId: order._id }], ['checkIn', { orderId: order._id }],
      ['checkOut', { orderId: order._id, photos: ['cloud://x/y.jpg'] }]
    ]
    for (const [name, input] of calls) {
      const denied = await callFn(t, 'cleaner', name, input, household.token)
      expect(denied.error).toEqual({ code: 'PERMISSION_DENIED', message: '您还没有绑定阿姨账号，请输入邀请码绑定' })
      const anon = await callFn(t, 'cleaner', name, input)
      expect(anon.error.code).toBe('UNAUTHENTICATED')
      expect(anon.error.message).toMatch(CHINESE)
    }
    expect((await getDoc(t, 'orders', order._id)).status).toBe('dispatched')
  })

  it('a stopped cleaner is refused', async () => {
    const stopped = await boundCleaner(t)
    await t.db.collection('cleaners').doc(stopped.cleaner._id).update({ active: false })
    const r = await callFn(t, 'cleaner', 'jobs', { scope: 'today' }, stopped.token)
    expect(r.error).toEqual({ code: 'PERMISSION_DENIED', message: '您的阿姨账号已停用，请联系公司' })
  })
})

describe('jobs and job', () => {
  it('lists only her own jobs: today (still open) and upcoming (dispatched, soonest first)', async () => {
    const c = await boundCleaner(t)
    const mine = c.cleaner._id
    const todayJob = await seedOrder(t, { ...nowJob(), status: 'in_service', cleanerId: mine })
    const doneToday = await seedOrder(t, { ...nowJob(), status: 'completed', cleanerId: mine })
    const later = await seedOrder(t, { date: addDays(today, 5), status: 'dispatched', cleanerId: mine })
    const sooner = await seedOrder(t, { date: addDays(today, 2), status: 'dispatched', cleanerId: mine })
    const notMine = await seedOrder(t, { ...nowJob(), status: 'dispatched', cleanerId: other.cleaner._id })
    await seedOrder(t, { date: addDays(today, 2), status: 'cancelled', cleanerId: mine })

    const t1 = await okFn(t, 'cleaner', 'jobs', { scope: 'today' }, c.token)
    expect(t1.list.map((j: any) => j.orderId)).toEqual([todayJob._id])
    expect(t1.list[0]).toMatchObject({ orderNo: todayJob.orderNo, status: 'in_service', statusLabel: '服务中', district: '上海市浦东新区', categoryLabel: '日常保洁' })
    const up = await okFn(t, 'cleaner', 'jobs', { scope: 'upcoming' }, c.token)
    expect(up.list.map((j: any) => j.orderId)).toEqual([sooner._id, later._id])
    expect(JSON.stringify([t1, up])).not.toMatch(/世纪大道|张女士|phoneEnc/)
    expect([doneToday._id, notMine._id].some((id) => JSON.stringify([t1, up]).includes(id))).toBe(false)
  })

  it("another cleaner's job is NOT_FOUND, the same as a job that does not exist", async () => {
    const theirs = await seedOrder(t, { ...nowJob(), status: 'dispatched', cleanerId: other.cleaner._id })
    for (const [name, input] of [
      ['job', { orderId: theirs._id }], ['checkIn', { orderId: theirs._id }],
      ['checkOut', { orderId: theirs._id, photos: ['cloud://x/y.jpg'] }], ['job', { orderId: 'no-such-order' }]
    ] as Array<[string, Record<string, unknown>]>) {
      const r = await callFn(t, 'cleaner', name, input, me.token)
      expect(r.error).toEqual({ code: 'NOT_FOUND', message: '订单不存在或已改派给其他阿姨' })
    }
    expect((await getDoc(t, 'orders', theirs._id)).status).toBe('dispatched')
  })

  it('shows the full address only on the day of the job, the phone masked, requests and family notes', async () => {
    const onDay = await seedOrder(t, { ...nowJob(), status: 'dispatched', cleanerId: me.cleaner._id })
    const future = await seedOrder(t, { date: addDays(today, 3), status: 'dispatched', cleanerId: me.cleaner._id })
    const v = await okFn(t, 'cleaner', 'job', { orderId: onDay._id }, me.token)
    expect(v).toMatchObject({
      address: '上海市浦东新区世纪大道100号 8栋1203', addressFull: true,
      customer: { nameMasked: '张**', phoneMasked: '138****5678' },
      requests: '请重点打扫厨房', family: { elderly: true, children: false, pets: true, notes: '猫咪怕生，请关好门' },
      quantity: 3, unitLabel: '小时', canCheckIn: true, canCheckOut: false, checkIn: null, checkOut: null
    })
    const f = await okFn(t, 'cleaner', 'job', { orderId: future._id }, me.token)
    expect(f).toMatchObject({ address: '上海市浦东新区', addressFull: false, canCheckIn: false })
    expect(f.checkInRefusal).toMatch(/还没到服务日期/)
    expect(JSON.stringify(f)).not.toContain('世纪大道')
  })
})

describe('checkIn and checkOut', () => {
  it('checks in with before photos, then out with after photos and a note', async () => {
    const order = await seedOrder(t, { ...nowJob(), status: 'dispatched', cleanerId: me.cleaner._id })
    const before = await uploadPhoto(t, me.token, 'before.jpg')
    const inV = await okFn(t, 'cleaner', 'checkIn', { orderId: order._id, photos: [before] }, me.token)
    expect(inV).toMatchObject({ status: 'in_service', canCheckIn: false, canCheckOut: true })
    expect(inV.photos.before).toEqual([{ fileID: before, url: expect.stringContaining('/_storage/files/') }])
    expect(new Date(inV.checkIn.at).getTime()).toBeGreaterThan(Date.now() - 60_000)

    const again = await callFn(t, 'cleaner', 'checkIn', { orderId: order._id }, me.token)
    expect(again.error).toEqual({ code: 'FAILED_PRECONDITION', message: '订单当前为「服务中」，不能签到', details: { status: 'in_service' } })

    const after = [await uploadPhoto(t, me.token, 'a1.png'), await uploadPhoto(t, me.token, 'a2.jpg')]
    const outV = await okFn(t, 'cleaner', 'checkOut', { orderId: order._id, photos: after, note: '厨房油污已处理' }, me.token)
    expect(outV).toMatchObject({ status: 'awaiting_confirmation', statusLabel: '待确认', checkOut: { note: '厨房油污已处理' }, canCheckOut: false })
    expect(outV.photos.after.map((p: any) => p.fileID)).toEqual(after)

    const doc = await getDoc(t, 'orders', order._id)
    expect(doc.photos).toEqual({ before: [before], after })
    expect(doc.checkOut.at).toBeInstanceOf(Date)
    expect(doc.timeline.map((e: any) => e.type)).toEqual(['created', 'checked_in', 'checked_out'])
    expect(doc.timeline[2]).toMatchObject({ by: { kind: 'cleaner', id: me.cleaner._id, name: '王芳' }, note: '厨房油污已处理' })
  })

  it('check-in opens 2 h before the start on the job\'s day, not earlier', async () => {
    const early = await seedOrder(t, { start: new Date(Date.now() + 2.5 * H), end: new Date(Date.now() + 5 * H), status: 'dispatched', cleanerId: me.cleaner._id })
    const tomorrow = await seedOrder(t, { date: addDays(today, 1), status: 'dispatched', cleanerId: me.cleaner._id })
    for (const o of [early, tomorrow]) {
      const r = await callFn(t, 'cleaner', 'checkIn', { orderId: o._id }, me.token)
      expect(r.error.code).toBe('FAILED_PRECONDITION')
      expect(r.error.message).toMatch(/最早可在服务开始前2小时|还没到服务日期/)
      expect((await getDoc(t, 'orders', o._id)).status).toBe('dispatched')
    }
  })

  it('check-out needs a check-in first', async () => {
    const order = await seedOrder(t, { ...nowJob(), status: 'dispatched', cleanerId: me.cleaner._id })
    const photo = await uploadPhoto(t, me.token)
    const r = await callFn(t, 'cleaner', 'checkOut', { orderId: order._id, photos: [photo] }, me.token)
    expect(r.error).toMatchObject({ code: 'FAILED_PRECONDITION', message: '请先签到，再签退' })
  })
})

describe('bad input for every cleaner action: INVALID_ARGUMENT or NOT_FOUND, Chinese, nothing written', () => {
  const WRITTEN = ['orders', 'cleaners']
  let orderId: string
  let inService: string
  beforeAll(async () => {
    orderId = (await seedOrder(t, { ...nowJob(), status: 'dispatched', cleanerId: me.cleaner._id }))._id
    inService = (await seedOrder(t, { ...nowJob(), status: 'in_service', cleanerId: me.cleaner._id }))._id
  })
  const cases: Array<[string, () => Record<string, unknown>, string, string | RegExp]> = [
    ['jobs', () => ({}), 'INVALID_ARGUMENT', '缺少范围'],
    ['jobs', () => ({ scope: 'yesterday' }), 'INVALID_ARGUMENT', '范围的取值不正确'],
    ['job', () => ({}), 'INVALID_ARGUMENT', '缺少订单'],
    ['job', () => ({ orderId: 42 }), 'INVALID_ARGUMENT', '订单的类型不正确'],
    ['checkIn', () => ({ orderId, photos: ['https://evil.example/a.jpg'] }), 'INVALID_ARGUMENT', '照片文件不正确，请重新上传'],
    ['checkIn', () => ({ orderId, photos: Array(10).fill('cloud://local/a.jpg') }), 'INVALID_ARGUMENT', '照片数量太多'],
    ['checkIn', () => ({ orderId, photos: ['cloud://local/never-uploaded.jpg'] }), 'INVALID_ARGUMENT', '有1张照片没有上传成功，请重新上传'],
    ['checkIn', () => ({ orderId: 'no-such-order' }), 'NOT_FOUND', '订单不存在或已改派给其他阿姨'],
    ['checkOut', () => ({ orderId: inService }), 'INVALID_ARGUMENT', '缺少照片'],
    ['checkOut', () => ({ orderId: inService, photos: [] }), 'INVALID_ARGUMENT', '请上传1-9张完工照片'],
    ['checkOut', () => ({ orderId: inService, photos: Array(10).fill('cloud://local/a.jpg') }), 'INVALID_ARGUMENT', '照片数量太多'],
    ['checkOut', () => ({ orderId: inService, photos: ['file:///tmp/a.jpg'] }), 'INVALID_ARGUMENT', '照片文件不正确，请重新上传'],
    ['checkOut', () => ({ orderId: inService, photos: ['cloud://local/gone.jpg'] }), 'INVALID_ARGUMENT', '有1张照片没有上传成功，请重新上传'],
    ['checkOut', () => ({ orderId: inService, photos: ['cloud://local/a.jpg'], note: '长'.repeat(201) }), 'INVALID_ARGUMENT', '备注太长了']
  ]
  it.each(cases)('%s (case %#)', async (name, input, code, message) => {
    const before = await snapshot(t, WRITTEN)
    const r = await callFn(t, 'cleaner', name, input(), me.token)
    expect(r.error.code).toBe(code)
    expect(r.error.message).toMatch(CHINESE)
    if (typeof message === 'string') expect(r.error.message).toBe(message)
    else expect(r.error.message).toMatch(message)
    expect(await snapshot(t, WRITTEN)).toBe(before)
  })
})
