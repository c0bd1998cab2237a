// Secrets out of the database (issue 14 item 2): the local CloudBase keeps the functions' keys in
// <DATA_DIR>/secrets.json, moves an old folder's settings/secrets there, and after the demo seed and the usual flows no
// collection holds key material or a clear phone number.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import crypto from 'node:crypto'
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { okFn } from '../../helpers/api'
import { household, seedService, bookingInput } from '../../helpers/seed'
import { staffSession, boundCleaner, STAFF_PASSWORD } from '../../helpers/desk'
import { COLLECTIONS } from '../../../database/collections'
import { LOCAL_COLLECTIONS } from '../../../local/collections'
import { seedDemo } from '../../../local/seed/demo'
import { readSecretsFile, secretsFile } from '../../../local/security/secrets'
import { loadSecrets } from '../../../cloudfunctions/core/security/secrets'
import { decryptField } from '../../../cloudfunctions/core/security/crypto'

jest.setTimeout(120_000)

/** Every way a key could be written down: hex, base64, base64url. */
function spellings(hexKeys: string[]): string[] {
  return hexKeys.flatMap((hex) => {
    const b = Buffer.from(hex, 'hex')
    return [hex.toLowerCase(), hex.toUpperCase(), b.toString('base64'), b.toString('base64url')]
  })
}

/** Every document of every collection, as the store keeps it. */
function everyDocument(t: TestCloud): { coll: string; text: string }[] {
  return [...COLLECTIONS, ...LOCAL_COLLECTIONS].flatMap(({ name }) =>
    t.cloud.docs.find(name, {}).map((d) => ({ coll: name, text: JSON.stringify(d) })))
}

const CLEAR_PHONE = /(?<!\d)1[3-9]\d{9}(?!\d)/

describe('the keys live in the data folder, not the database', () => {
  let t: TestCloud
  beforeAll(async () => { t = await startTestCloud() })
  afterAll(async () => { await t?.close() })

  it('writes secrets.json (mode 0600) on first start and hands its keys to the functions', () => {
    const file = secretsFile(t.dataDir)
    expect(fs.statSync(file).mode & 0o777).toBe(0o600)
    const saved = readSecretsFile(t.dataDir)!
    expect(saved.dataKeys).toHaveLength(1)
    expect(process.env.JZ_TOKEN_SECRET).toBe(saved.tokenSecret)
    expect(process.env.JZ_DATA_KEY).toBe(saved.dataKeys[0])
    expect(t.cloud.docs.find('settings', { filter: { _id: 'secrets' } })).toEqual([])
  })

  it('after the demo seed and the usual flows, no collection holds key material or a clear phone number', async () => {
    expect(await seedDemo(t.db)).not.toBeNull()
    const service = await seedService(t)
    const h = await household(t, { phone: '13812345678' })
    await okFn(t, 'user', 'updateProfile', { name: '李先生', phone: '13900001234' }, h.token)
    await okFn(t, 'booking', 'create', bookingInput(h, service), h.token)
    const sup = await staffSession(t, 'supervisor')
    await okFn(t, 'admin', 'cleaners.create', { name: '王阿姨', phone: '13712345678', skills: ['daily_cleaning'], grade: 'regular' }, sup.token)
    await okFn(t, 'admin', 'cleaners.list', { q: '13712345678' }, sup.token)
    await boundCleaner(t, { phone: '13612345678' })
    await okFn(t, 'admin', 'login', { username: sup.username, password: STAFF_PASSWORD })

    const saved = readSecretsFile(t.dataDir)!
    const secrets = spellings([saved.tokenSecret, ...saved.dataKeys])
    secrets.push(t.cloud.keys.secretKey)
    const docs = everyDocument(t)
    expect(docs.length).toBeGreaterThan(50)
    const holdingKeys = docs.filter((d) => secrets.some((s) => d.text.includes(s)))
    expect(holdingKeys.map((d) => d.coll)).toEqual([])
    const withPhones = docs.filter((d) => CLEAR_PHONE.test(d.text)).map((d) => `${d.coll}: ${CLEAR_PHONE.exec(d.text)?.[0]}`)
    expect(withPhones).toEqual([])
    // and the phones are there, sealed under the current key id
    const cleaner = docs.find((d) => d.coll === 'cleaners' && d.text.includes('王阿姨'))!
    const sealed = JSON.parse(cleaner.text).phoneEnc
    expect(sealed).toMatch(new RegExp(`^v2:${loadSecrets().dataKey.kid}:`))
    expect(decryptField(sealed, loadSecrets().dataKeys)).toBe('13712345678')
  })
})

describe('an older data folder', () => {
  it('moves settings/secrets into secrets.json and deletes the document; old values still decrypt', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jz-secrets-'))
    const legacy = { tokenSecret: crypto.randomBytes(32).toString('hex'), dataKey: crypto.randomBytes(32).toString('hex') }
    // a v1 value as the old code sealed it: v1:iv:tag:ct under the legacy key
    const iv = crypto.randomBytes(12)
    const cipher = crypto.createCipheriv('aes-256-gcm', Buffer.from(legacy.dataKey, 'hex'), iv)
    const ct = Buffer.concat([cipher.update('13598765432', 'utf8'), cipher.final()])
    const v1 = ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ct.toString('base64url')].join(':')

    let t = await startTestCloud({ dataDir })
    await t.db.collection('settings').add({ _id: 'secrets', ...legacy, createdAt: new Date() })
    await t.cloud.close()
    fs.rmSync(secretsFile(dataDir))

    t = await startTestCloud({ dataDir })
    try {
      const saved = readSecretsFile(dataDir)!
      expect(saved).toEqual({ tokenSecret: legacy.tokenSecret, dataKeys: [legacy.dataKey] })
      expect((await t.db.collection('settings').where({ _id: 'secrets' }).get()).data).toEqual([])
      expect(decryptField(v1, loadSecrets().dataKeys)).toBe('13598765432')
    } finally {
      await t.close()
    }
  })
})
