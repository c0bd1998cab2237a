// Rotating the field-encryption key (issue 14 item 2): a new current key, the old one kept for decryption, and a
// chunked, resumable, idempotent job that moves every sealed field and lookup hash to the new key.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { okFn } from '../../helpers/api'
import { household, seedService, bookingInput, dayAhead } from '../../helpers/seed'
import { staffSession } from '../../helpers/desk'
import { rotateDataKey, reencryptUntilDone } from '../../../local/cli/keys'
import { readSecretsFile } from '../../../local/security/secrets'
import { loadSecrets } from '../../../cloudfunctions/core/security/secrets'
import { decryptField, lookupHash, sealedKeyId } from '../../../cloudfunctions/core/security/crypto'
import { reencryptAll } from '../../../cloudfunctions/core/security/reencrypt'

jest.setTimeout(120_000)

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jz-rotate-'))
let t: TestCloud
afterAll(async () => { await t?.close() })

/** Every sealed value in the three collections that hold them, with the document it sits in. */
async function sealedValues(): Promise<{ coll: string; sealed: string; hash?: string | null }[]> {
  const all = async (coll: string) => (await t.db.collection(coll).limit(1000).get()).data as any[]
  const out: { coll: string; sealed: string; hash?: string | null }[] = []
  for (const c of await all('customers')) {
    if (c.phoneEnc) out.push({ coll: 'customers', sealed: c.phoneEnc, hash: c.phoneHash })
    for (const a of c.addresses ?? []) out.push({ coll: 'customers.addresses', sealed: a.phoneEnc })
  }
  for (const o of await all('orders')) out.push({ coll: 'orders', sealed: o.contact.phoneEnc })
  for (const c of await all('cleaners')) out.push({ coll: 'cleaners', sealed: c.phoneEnc, hash: c.phoneHash })
  return out
}

it('moves every sealed field and lookup hash to the new key, in resumable rounds, and a repeat moves nothing', async () => {
  t = await startTestCloud({ dataDir })
  // cleaners first: a slot is bookable only with someone to do it
  const sup = await staffSession(t, 'supervisor')
  for (let i = 0; i < 3; i++) {
    await okFn(t, 'admin', 'cleaners.create', { name: `轮换阿姨${i}`, phone: `1371234500${i}`, skills: ['daily_cleaning'], grade: 'regular' }, sup.token)
  }
  const service = await seedService(t)
  for (let i = 0; i < 3; i++) {
    const h = await household(t, { phone: `1381234500${i}` })
    await okFn(t, 'user', 'updateProfile', { phone: `1390000000${i}` }, h.token)
    // one order a day: the demo capacity is small
    await okFn(t, 'booking', 'create', bookingInput(h, service, { date: dayAhead(3 + i) }), h.token)
  }
  const oldKid = loadSecrets().dataKey.kid
  const before = await sealedValues()
  expect(before).toHaveLength(3 * 3 + 3)
  expect(new Set(before.map((v) => sealedKeyId(v.sealed)))).toEqual(new Set([oldKid]))
  const plain = before.map((v) => decryptField(v.sealed, loadSecrets().dataKeys))

  // rotate with the server stopped, as npm run keys:rotate does
  await t.cloud.close()
  expect(rotateDataKey(dataDir)).toEqual({ kept: 1 })
  t = await startTestCloud({ dataDir })
  const s = loadSecrets()
  expect(readSecretsFile(dataDir)!.dataKeys).toHaveLength(2)
  expect(s.dataKey.kid).not.toBe(oldKid)
  expect(s.dataKeys.map((k) => k.kid)).toEqual([s.dataKey.kid, oldKid])

  // before the job: old values still read, and a search by phone still finds her (both keys' hashes are asked for)
  const found = await okFn(t, 'admin', 'cleaners.list', { q: '13712345001' }, sup.token)
  expect(found.list.map((c: any) => c.name)).toEqual(['轮换阿姨1'])

  // one round with a tiny budget stops early; the next resumes from its cursor
  let ticks = 0
  const first = await reencryptAll({ db: t.db, now: new Date() }, { batch: 2, budgetMs: 3, clock: () => ticks++ })
  expect(first.done).toBe(false)
  const moved = await reencryptUntilDone(t.db)
  const firstMoved = Object.values(first.collections).reduce((n, c) => n + c.acted, 0)
  expect(firstMoved).toBeGreaterThan(0)
  expect(firstMoved + moved).toBe(3 + 3 + 3) // customers (phone + addresses in one write), orders, cleaners

  const after = await sealedValues()
  expect(new Set(after.map((v) => sealedKeyId(v.sealed)))).toEqual(new Set([s.dataKey.kid]))
  expect(after.map((v) => decryptField(v.sealed, [s.dataKey]))).toEqual(plain)
  for (const v of after.filter((x) => x.hash !== undefined)) {
    expect(v.hash).toBe(lookupHash(decryptField(v.sealed, [s.dataKey]), s.dataKey.key))
  }
  // idempotent: another full run moves nothing
  expect(await reencryptUntilDone(t.db)).toBe(0)
  const again = await okFn(t, 'admin', 'cleaners.list', { q: '13712345002' }, sup.token)
  expect(again.list.map((c: any) => c.name)).toEqual(['轮换阿姨2'])
})
