// The two keys the backend needs: one signs staff session tokens, one encrypts personal data. Production sets them
// in the functions' environment (JZ_TOKEN_SECRET, JZ_DATA_KEY: 64 hex chars each). Without them (the local
// CloudBase, a demo) they are generated once and kept in settings/secrets, so every function agrees on them.
import crypto from 'node:crypto'
import { COLL } from '../data/collections'
import { isDuplicate } from '../data/db'

export interface Secrets { tokenSecret: Buffer; dataKey: Buffer }

let cached: Promise<Secrets> | undefined

export function loadSecrets(db: any): Promise<Secrets> {
  const { JZ_TOKEN_SECRET, JZ_DATA_KEY } = process.env
  if (JZ_TOKEN_SECRET && JZ_DATA_KEY) {
    return Promise.resolve({ tokenSecret: Buffer.from(JZ_TOKEN_SECRET, 'hex'), dataKey: Buffer.from(JZ_DATA_KEY, 'hex') })
  }
  if (!cached) cached = fromSettings(db).catch((e) => { cached = undefined; throw e })
  return cached
}

async function fromSettings(db: any): Promise<Secrets> {
  const read = async () => (await db.collection(COLL.settings).where({ _id: 'secrets' }).get()).data[0]
  let doc = await read()
  if (!doc) {
    try {
      await db.collection(COLL.settings).add({
        _id: 'secrets',
        tokenSecret: crypto.randomBytes(32).toString('hex'),
        dataKey: crypto.randomBytes(32).toString('hex'),
        createdAt: new Date()
      })
    } catch (e) {
      if (!isDuplicate(e)) throw e // another function created it first: use theirs
    }
    doc = await read()
  }
  return { tokenSecret: Buffer.from(doc.tokenSecret, 'hex'), dataKey: Buffer.from(doc.dataKey, 'hex') }
}

/** For tests: forget the cached keys. */
export function resetSecretsCache(): void {
  cached = undefined
}
