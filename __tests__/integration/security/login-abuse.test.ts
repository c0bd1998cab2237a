// Staff sign-in under attack (issue 14 item 5): a stranger cannot keep the owner out, unknown usernames answer like
// known ones (same code, same message, within 10 ms), and one address cannot guess on and on.
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { STAFF_PASSWORD } from '../../helpers/desk'
import { createStaff } from '../../../cloudfunctions/core/auth/staffAccounts'
import { ADDRESS_BLOCKED_MESSAGE, ADDRESS_MAX_FAILURES } from '../../../cloudfunctions/core/rules/staffLogin'

jest.setTimeout(120_000)

let t: TestCloud
beforeAll(async () => { t = await startTestCloud() })
afterAll(async () => { await t?.close() })

interface Answer { ok: boolean; data?: any; error?: { code: string; message: string } }

let addressSeq = 0
const freshAddress = () => `10.14.${Math.floor(++addressSeq / 250)}.${addressSeq % 250}`

/** admin.login as the HTTP access service hands it over, from a given client address (WX_CLIENTIP). */
function loginFrom(address: string, input: Record<string, unknown>): Promise<Answer> {
  const event = { path: '/api/admin', httpMethod: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'login', ...input }), isBase64Encoded: false }
  return t.cloud.runner.invoke('admin', event, { WX_CLIENTIP: address }, 'http') as Promise<Answer>
}

const staffDoc = async (username: string) => (await t.db.collection('staff').where({ username }).get()).data[0]
const withoutTime = (m: string | undefined) => (m ?? '').replace(/\d{1,2}月\d{1,2}日 /, '').replace(/\d{2}:\d{2}/, 'HH:mm')

/** The unlock codes the admin function writes to its log while `run` goes on. */
async function unlockCodesDuring(run: () => Promise<void>): Promise<string[]> {
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
  try {
    await run()
    return warn.mock.calls.map((c) => String(c[0])).filter((l) => l.includes('staff-login-locked')).map((l) => JSON.parse(l).unlockCode)
  } finally {
    warn.mockRestore()
  }
}

describe('a stranger cannot lock the owner out', () => {
  it('a lock is not extended by more guesses, and the owner gets in at once with the unlock code', async () => {
    await createStaff(t.db, { username: 'only.manager', name: '唯一经理', role: 'manager', password: STAFF_PASSWORD }, t.cloud.clock.now())
    const stranger = freshAddress()
    const codes = await unlockCodesDuring(async () => {
      for (let i = 0; i < 5; i++) await loginFrom(stranger, { username: 'only.manager', password: `guess-${i}-abc` })
    })
    expect(codes).toEqual([expect.stringMatching(/^\d{8}$/)])
    const lockedUntil = (await staffDoc('only.manager')).lockedUntil.getTime()

    // the stranger keeps guessing: refused, and the lock does not move
    for (let i = 0; i < 10; i++) {
      const r = await loginFrom(freshAddress(), { username: 'only.manager', password: `more-${i}-abc` })
      expect(r.error?.code).toBe('RATE_LIMITED')
    }
    expect((await staffDoc('only.manager')).lockedUntil.getTime()).toBe(lockedUntil)

    // the owner, from her own address: the password alone waits, a wrong code waits, password + code gets in now
    const owner = freshAddress()
    expect((await loginFrom(owner, { username: 'only.manager', password: STAFF_PASSWORD })).error?.code).toBe('RATE_LIMITED')
    expect((await loginFrom(owner, { username: 'only.manager', password: STAFF_PASSWORD, unlockCode: codes[0] === '00000000' ? '00000001' : '00000000' })).error?.code).toBe('RATE_LIMITED')
    expect((await loginFrom(owner, { username: 'only.manager', password: 'not-her-password', unlockCode: codes[0] })).error?.code).toBe('RATE_LIMITED')
    const inNow = await loginFrom(owner, { username: 'only.manager', password: STAFF_PASSWORD, unlockCode: codes[0] })
    expect(inNow.ok).toBe(true)
    expect(inNow.data.token).toMatch(/^st\./)
    const after = await staffDoc('only.manager')
    expect([after.lockedUntil, after.unlockHash, after.failedLogins]).toEqual([null, null, 0])
    // the code was for one use
    for (let i = 0; i < 5; i++) await loginFrom(stranger, { username: 'only.manager', password: `again-${i}-abc` })
    expect((await loginFrom(owner, { username: 'only.manager', password: STAFF_PASSWORD, unlockCode: codes[0] })).error?.code).toBe('RATE_LIMITED')
  })

  it('locking again while the owner\'s code is valid keeps that code (a stranger cannot void it)', async () => {
    await createStaff(t.db, { username: 'keep.code', name: '保留', role: 'agent', password: STAFF_PASSWORD }, t.cloud.clock.now())
    const stranger = freshAddress()
    const first = await unlockCodesDuring(async () => {
      for (let i = 0; i < 5; i++) await loginFrom(stranger, { username: 'keep.code', password: `guess-${i}-abc` })
    })
    // the lock ran out (moved back in the database); the stranger locks it again
    const doc = await staffDoc('keep.code')
    await t.db.collection('staff').doc(doc._id).update({ lockedUntil: new Date(Date.now() - 1000) })
    const second = await unlockCodesDuring(async () => {
      for (let i = 0; i < 5; i++) await loginFrom(stranger, { username: 'keep.code', password: `guess2-${i}-abc` })
    })
    expect(first).toHaveLength(1)
    expect(second).toEqual([])
    expect((await staffDoc('keep.code')).lockedUntil.getTime()).toBeGreaterThan(Date.now())
    expect((await loginFrom(freshAddress(), { username: 'keep.code', password: STAFF_PASSWORD, unlockCode: first[0] })).ok).toBe(true)
  })
})

describe('usernames cannot be enumerated', () => {
  it('an unknown username answers exactly like a known one: wrong password, and the fifth failure', async () => {
    await createStaff(t.db, { username: 'real.person', name: '真人', role: 'agent', password: STAFF_PASSWORD }, t.cloud.clock.now())
    const answers: Record<'known' | 'unknown', Answer[]> = { known: [], unknown: [] }
    for (let i = 0; i < 6; i++) {
      answers.known.push(await loginFrom(freshAddress(), { username: 'real.person', password: `wrong-${i}-abc` }))
      answers.unknown.push(await loginFrom(freshAddress(), { username: 'ghost.person', password: `wrong-${i}-abc` }))
    }
    expect(answers.known.map((a) => a.error?.code)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED', 'RATE_LIMITED'])
    for (let i = 0; i < 6; i++) {
      expect(answers.unknown[i].error?.code).toBe(answers.known[i].error?.code)
      expect(withoutTime(answers.unknown[i].error?.message)).toBe(withoutTime(answers.known[i].error?.message))
    }
  })

  it('takes the same time for an unknown username as for a wrong password (medians within 10 ms)', async () => {
    const known = ['time.a', 'time.b', 'time.c', 'time.d']
    for (const username of known) await createStaff(t.db, { username, name: '计时', role: 'agent', password: STAFF_PASSWORD }, t.cloud.clock.now())
    const took: Record<'known' | 'unknown', number[]> = { known: [], unknown: [] }
    const timed = async (kind: 'known' | 'unknown', username: string, password: string) => {
      const started = process.hrtime.bigint()
      const r = await loginFrom(freshAddress(), { username, password })
      took[kind].push(Number(process.hrtime.bigint() - started) / 1e6)
      expect(r.error?.code).toBe('UNAUTHENTICATED')
    }
    // four failures per name (the fifth would lock), alternating so both see the same machine load
    for (let round = 0; round < 4; round++) {
      for (let i = 0; i < known.length; i++) {
        await timed('known', known[i], `wrong-${round}-abc`)
        await timed('unknown', `nobody.${i}`, `wrong-${round}-abc`)
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
    const gap = Math.abs(median(took.known) - median(took.unknown))
    console.log(`login timing: known ${median(took.known).toFixed(1)} ms, unknown ${median(took.unknown).toFixed(1)} ms (median of ${took.known.length}), gap ${gap.toFixed(1)} ms`)
    expect(gap).toBeLessThan(10)
  })
})

describe('one address cannot guess on', () => {
  it(`after ${ADDRESS_MAX_FAILURES} failures from one address, even a right password from it waits; others are not held`, async () => {
    await createStaff(t.db, { username: 'victim.one', name: '受害', role: 'agent', password: STAFF_PASSWORD }, t.cloud.clock.now())
    const attacker = freshAddress()
    for (let i = 0; i < ADDRESS_MAX_FAILURES; i++) {
      const r = await loginFrom(attacker, { username: `spray.${i % 7}`, password: `spray-${i}-abc` })
      expect(r.ok).toBe(false)
    }
    const blocked = await loginFrom(attacker, { username: 'victim.one', password: STAFF_PASSWORD })
    expect(blocked.error).toEqual({ code: 'RATE_LIMITED', message: ADDRESS_BLOCKED_MESSAGE })
    expect((await loginFrom(freshAddress(), { username: 'victim.one', password: STAFF_PASSWORD })).ok).toBe(true)
  })

  it('a forged X-Forwarded-For does not change the address the gateway saw', async () => {
    const addressGuards = async () => (await t.db.collection('login_guards').where({ _id: t.db.RegExp({ regexp: '^addr:' }) }).limit(1000).get()).data as { _id: string; failedLogins: number }[]
    const before = new Set((await addressGuards()).map((g) => g._id))
    for (let i = 0; i < 5; i++) {
      await fetch(`${t.url}/api/admin`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${i}` },
        body: JSON.stringify({ action: 'login', username: `xff.${i}`, password: 'nope-nope-1' })
      })
    }
    // the five failures all counted against the one address the socket had, whatever the header said
    const added = (await addressGuards()).filter((g) => !before.has(g._id))
    expect(added.map((g) => g.failedLogins)).toEqual([5])
  })
})
