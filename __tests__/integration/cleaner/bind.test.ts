// cleaner.bind: an invite code binds the caller's WeChat (openid from the session, never the body) to one cleaner,
// once. Codes are single-use, and one WeChat account can belong to only one cleaner, also when requests race.
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { callFn, okFn, localLogin, CHINESE } from '../../helpers/api'
import { seedCleaner, getDoc, snapshot } from '../../helpers/desk'

jest.setTimeout(60_000)

let t: TestCloud
beforeAll(async () => { t = await startTestCloud() })
afterAll(async () => { await t?.close() })

it('binds her WeChat, consumes the code, and answers who she is', async () => {
  const c = await seedCleaner(t, { name: '王芳', skills: ['daily_cleaning', 'nanny'], grade: 'silver' })
  const s = await localLogin(t, 'cleaner')
  const r = await okFn(t, 'cleaner', 'bind', { inviteCode: ` ${c.inviteCode!.slice(0, 3).toLowerCase()}-${c.inviteCode!.slice(3)} ` }, s.token)
  expect(r).toEqual({ cleaner: { id: c._id, name: '王芳', grade: 'silver', gradeLabel: '银牌', skills: ['daily_cleaning', 'nanny'] } })
  const doc = await getDoc(t, 'cleaners', c._id)
  expect(doc.openid).toBe(s.openid)
  expect(doc.inviteCode).toBeUndefined()
  expect(doc.boundAt).toBeInstanceOf(Date)
  // her jobs are hers now
  expect((await okFn(t, 'cleaner', 'jobs', { scope: 'today' }, s.token)).list).toEqual([])

  // the code is spent
  const other = await localLogin(t, 'cleaner')
  const reuse = await callFn(t, 'cleaner', 'bind', { inviteCode: c.inviteCode }, other.token)
  expect(reuse.error).toEqual({ code: 'NOT_FOUND', message: '邀请码无效或已被使用，请联系公司获取新的邀请码' })
})

it('refuses a second cleaner for the same WeChat', async () => {
  const first = await seedCleaner(t, { name: '李娟' })
  const second = await seedCleaner(t, { name: '赵敏' })
  const s = await localLogin(t, 'cleaner')
  await okFn(t, 'cleaner', 'bind', { inviteCode: first.inviteCode }, s.token)
  const r = await callFn(t, 'cleaner', 'bind', { inviteCode: second.inviteCode }, s.token)
  expect(r.error).toEqual({ code: 'CONFLICT', message: '您的微信已绑定阿姨「李娟」，无需重复绑定' })
  expect((await getDoc(t, 'cleaners', second._id)).inviteCode).toBe(second.inviteCode)
})

it('refuses a stopped cleaner, and callers without a session', async () => {
  const stopped = await seedCleaner(t, { active: false })
  const s = await localLogin(t, 'cleaner')
  const r = await callFn(t, 'cleaner', 'bind', { inviteCode: stopped.inviteCode }, s.token)
  expect(r.error).toEqual({ code: 'FAILED_PRECONDITION', message: '该阿姨账号已停用，请联系公司' })
  const anon = await callFn(t, 'cleaner', 'bind', { inviteCode: stopped.inviteCode })
  expect(anon.error.code).toBe('UNAUTHENTICATED')
  expect(anon.error.message).toMatch(CHINESE)
})

it('race: two phones redeem one code at once -> one binds', async () => {
  for (let i = 0; i < 5; i++) {
    const c = await seedCleaner(t)
    const [a, b] = [await localLogin(t, 'cleaner'), await localLogin(t, 'cleaner')]
    const answers = await Promise.all([a, b].map((s) => callFn(t, 'cleaner', 'bind', { inviteCode: c.inviteCode }, s.token)))
    expect(answers.filter((r) => r.ok)).toHaveLength(1)
    expect(answers.find((r) => !r.ok)!.error.code).toBe('NOT_FOUND')
  }
})

it('race: one phone redeems two codes at once -> bound to one cleaner only', async () => {
  for (let i = 0; i < 5; i++) {
    const [x, y] = [await seedCleaner(t), await seedCleaner(t)]
    const s = await localLogin(t, 'cleaner')
    const answers = await Promise.all([x, y].map((c) => callFn(t, 'cleaner', 'bind', { inviteCode: c.inviteCode }, s.token)))
    expect(answers.filter((r) => r.ok)).toHaveLength(1)
    expect(answers.find((r) => !r.ok)!.error.code).toBe('CONFLICT')
    const bound = (await t.db.collection('cleaners').where({ openid: s.openid }).get()).data
    expect(bound).toHaveLength(1)
  }
})

it.each([
  [{}, '缺少邀请码'],
  [{ inviteCode: 'ABC' }, '邀请码应为6位字母或数字，请核对后重新输入'],
  [{ inviteCode: 'OOOO00' }, '邀请码应为6位字母或数字，请核对后重新输入'],
  [{ inviteCode: 123456 }, '邀请码的类型不正确'],
  [{ inviteCode: 'ACEFGH', cleanerId: 'x' }, '不认识的参数: cleanerId']
])('bad input %j: INVALID_ARGUMENT, nothing written', async (input, message) => {
  const s = await localLogin(t, 'cleaner')
  const before = await snapshot(t, ['cleaners'])
  const r = await callFn(t, 'cleaner', 'bind', input, s.token)
  expect(r.error).toMatchObject({ code: 'INVALID_ARGUMENT', message })
  expect(await snapshot(t, ['cleaners'])).toBe(before)
})
