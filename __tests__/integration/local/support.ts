// Small helpers shared by the local CloudBase conformance suite (not a test file: jest only picks *.test.ts).
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { signedHeaders } from '../../helpers/signing'

export { startTestCloud, type TestCloud }

/**
 * The usual per-file setup: a 60 s timeout, a local cloud started before the tests and closed after them.
 * `ready` runs once it is up (assign the file's db / command handles there); `opts` go to startLocalCloud.
 */
export function useTestCloud(ready: (t: TestCloud) => void, opts: Parameters<typeof startTestCloud>[0] = {}): void {
  // jest.config.js gives the integration project testTimeout: 60000, but Jest 29 ignores testTimeout inside a project
  // ("Unknown option"), which leaves the 5 s default: set it here.
  jest.setTimeout(60_000)

  let t: TestCloud | undefined
  beforeAll(async () => {
    t = await startTestCloud(opts)
    ready(t)
  })
  afterAll(async () => { await t?.close() })
}

/** The error a promise rejects with (fails the test when it resolves). */
export async function rejection(p: Promise<unknown>): Promise<any> {
  try {
    const v = await p
    throw new Error(`expected a rejection, got ${JSON.stringify(v)}`)
  } catch (e) {
    if (e instanceof Error && e.message.startsWith('expected a rejection')) throw e
    return e
  }
}

/** Expect the SDK call to fail with this CloudBase error code. */
export async function expectCode(p: Promise<unknown>, code: string): Promise<any> {
  const e = await rejection(p)
  expect(e?.code).toBe(code)
  expect(typeof e?.message).toBe('string')
  return e
}

/** The sorted _ids of a list of documents. */
export function ids(list: Array<{ _id: string }>): string[] {
  return list.map((d) => d._id).sort()
}

/** A unique collection name per call (so tests in one file never share data by accident). */
let n = 0
export function uniqueName(prefix: string): string {
  n += 1
  return `${prefix}_${process.pid}_${n}`
}

/** Create a collection through the SDK (database.addCollection) and return its name. */
export async function newCollection(db: any, prefix: string): Promise<string> {
  const name = uniqueName(prefix)
  await db.createCollection(name)
  return name
}

/** Insert many documents through the SDK, in batches (keeps each request small; the API has no count limit). */
export async function addAll(db: any, coll: string, docs: object[], batch = 500): Promise<string[]> {
  const out: string[] = []
  for (let i = 0; i < docs.length; i += batch) {
    const r = await db.collection(coll).add(docs.slice(i, i + batch))
    out.push(...r.ids)
  }
  return out
}

/** Every document of a collection (paged through the 1000 cap), in _id order. */
export async function allDocs(db: any, coll: string, where: object = {}): Promise<any[]> {
  const out: any[] = []
  for (;;) {
    const r = await db.collection(coll).where(where).orderBy('_id', 'asc').skip(out.length).limit(1000).get()
    out.push(...r.data)
    if (r.data.length < 1000) return out
  }
}

let seq = 0

/** POST a raw body to the CloudBase HTTP API of the local server (what the SDK does, without the SDK), signed. */
export async function postAdmin(url: string, body: unknown, raw = false): Promise<{ status: number; json: any }> {
  const text0 = raw ? (body as string) : JSON.stringify(body)
  let params: unknown = {}
  try { params = JSON.parse(text0) } catch { /* not JSON: refused before the signature matters */ }
  // a fresh seqId per request, as the SDK sends: two equal bodies in one second are two requests, not a replay
  const target = `${url}/admin?seqId=${Date.now().toString(16)}_${++seq}`
  const res = await fetch(target, { method: 'POST', headers: signedHeaders(target, params), body: text0 })
  const text = await res.text()
  let json: any
  try { json = JSON.parse(text) } catch { json = { unparsable: text } }
  return { status: res.status, json }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))
