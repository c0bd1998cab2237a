// The re-encrypt job after a key rotation: every sealed field (customers' phone and addresses, orders' contact,
// cleaners' phone) and the phone lookup hashes are moved to the current data key. Chunked and resumable
// (core/jobs/chunked.ts), one collection after the other within one time budget; a document already under the
// current key is left alone, and each write is conditional on the document being unchanged since it was read, so a
// run redone after a crash, or two at once, never undo a newer write. Run by `npm run keys:rotate` / `keys:reencrypt`
// (local/cli/keys.ts), locally or against a real environment.
import type { HandlerContext } from '../runtime/router'
import { COLL } from '../data/collections'
import { runInChunks, DEFAULT_BUDGET_MS, type ChunkedResult } from '../jobs/chunked'
import { decryptField, encryptField, lookupHash, sealedKeyId } from './crypto'
import { loadSecrets, type Secrets } from './secrets'
import type { CustomerDoc, StoredAddress } from '../customers/customerDoc'
import type { CleanerDoc } from '../cleaners/accounts'
import type { OrderDoc } from '../orders/orderDoc'

type Ctx = Pick<HandlerContext, 'db' | 'now'>
type Patch = Record<string, unknown>

/** The value sealed under the current key, or null when it already is (or there is nothing sealed). */
export function resealed(sealed: string | null | undefined, s: Secrets): { sealed: string; plain: string } | null {
  if (!sealed || sealedKeyId(sealed) === s.dataKey.kid) return null
  const plain = decryptField(sealed, s.dataKeys)
  return { sealed: encryptField(plain, s.dataKey), plain }
}

function phonePatch(doc: { phoneEnc?: string | null }, s: Secrets): Patch {
  const phone = resealed(doc.phoneEnc, s)
  return phone ? { phoneEnc: phone.sealed, phoneHash: lookupHash(phone.plain, s.dataKey.key) } : {}
}

interface Target<T> {
  collection: string
  fields: Record<string, boolean>
  patch: (doc: T, s: Secrets) => Patch
}

const customers: Target<CustomerDoc> = {
  collection: COLL.customers,
  fields: { phoneEnc: true, addresses: true, updatedAt: true },
  patch: (doc, s) => {
    const patch = phonePatch(doc, s)
    let moved = false
    const addresses = (doc.addresses ?? []).map((a: StoredAddress) => {
      const phone = resealed(a.phoneEnc, s)
      if (!phone) return a
      moved = true
      return { ...a, phoneEnc: phone.sealed }
    })
    return moved ? { ...patch, addresses } : patch
  }
}

const orders: Target<OrderDoc> = {
  collection: COLL.orders,
  fields: { contact: true, updatedAt: true },
  patch: (doc, s) => {
    const phone = resealed(doc.contact?.phoneEnc, s)
    return phone ? { contact: { ...doc.contact, phoneEnc: phone.sealed } } : {}
  }
}

const cleaners: Target<CleanerDoc> = {
  collection: COLL.cleaners,
  fields: { phoneEnc: true, updatedAt: true },
  patch: (doc, s) => phonePatch(doc, s)
}

const TARGETS = [customers, orders, cleaners] as Target<{ _id: string; updatedAt?: Date }>[]

export const reencryptJob = (collection: string) => `security:reencrypt:${collection}`

export interface ReencryptResult {
  /** per collection: documents read, moved to the current key, left (already current, or changed meanwhile) */
  collections: Record<string, Pick<ChunkedResult, 'scanned' | 'acted' | 'skipped' | 'done'>>
  /** every collection reached its end in this run */
  done: boolean
  kid: string
}

export async function reencryptAll(ctx: Ctx, opts: { budgetMs?: number; batch?: number; clock?: () => number } = {}): Promise<ReencryptResult> {
  const s = loadSecrets()
  const clock = opts.clock ?? Date.now
  const started = clock()
  const budget = opts.budgetMs ?? DEFAULT_BUDGET_MS
  const out: ReencryptResult = { collections: {}, done: true, kid: s.dataKey.kid }
  for (const target of TARGETS) {
    const left = budget - (clock() - started)
    if (left <= 0) {
      out.done = false
      break
    }
    const r = await runInChunks<{ _id: string; updatedAt?: Date }>(ctx, {
      job: reencryptJob(target.collection),
      collection: target.collection,
      where: {},
      fields: target.fields,
      batch: opts.batch,
      budgetMs: left,
      clock,
      handle: async (doc) => {
        const patch = target.patch(doc, s)
        if (!Object.keys(patch).length) return false
        // unchanged since read: a newer write (sealed with the current key already) is never overwritten
        const where = doc.updatedAt ? { _id: doc._id, updatedAt: doc.updatedAt } : { _id: doc._id }
        const r = await ctx.db.collection(target.collection).where(where).update(patch)
        return r.updated === 1
      }
    })
    out.collections[target.collection] = { scanned: r.scanned, acted: r.acted, skipped: r.skipped, done: r.done }
    if (!r.done) {
      out.done = false
      break
    }
  }
  return out
}
