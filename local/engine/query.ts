// mingo, set up once with every operator, and the few query helpers the engine needs. Where mingo answers otherwise
// than MongoDB, operators/ puts MongoDB's behaviour in front (a mingo Context, looked up before mingo's own).
import 'mingo/init/system'
import { Query, Aggregator, createUpdater } from 'mingo'
import type { UpdateExpression } from 'mingo/types/updater'
import type { Options } from 'mingo/types/core'
import type { Doc } from './ejson'
import { invalidParam } from './errors'
import { MONGO_CONTEXT } from './operators'

const MINGO: Partial<Options> = { context: MONGO_CONTEXT, useGlobalContext: true }
const updater = createUpdater({ cloneMode: 'deep', queryOptions: { ...MINGO, useStrictMode: false } })

export interface Filter { test(doc: Doc): boolean }

/** A filter that reports what mingo rejects (unknown operator, bad $regex, $in without an array...) as INVALID_PARAM,
 *  whether mingo finds out when compiling or only when matching a document. */
export function compileFilter(filter: Doc): Filter {
  const bad = (e: unknown) => invalidParam(`查询条件不合法 (invalid query): ${(e as Error)?.message ?? e}`)
  let query: Query
  try {
    query = new Query(filter ?? {}, MINGO)
  } catch (e) {
    throw bad(e)
  }
  return {
    test(doc: Doc): boolean {
      try { return query.test(doc) } catch (e) { throw bad(e) }
    }
  }
}

export function sortDocs(docs: Doc[], sort: Record<string, 1 | -1>): Doc[] {
  return new Query({}, MINGO).find(docs).sort(sort).all() as Doc[]
}

export function project(docs: Doc[], projection: Doc): Doc[] {
  try {
    return new Query({}, MINGO).find(docs, projection).all() as Doc[]
  } catch (e) {
    throw invalidParam(`projection 不合法 (invalid projection): ${(e as Error)?.message ?? e}`)
  }
}

// Two stages where mingo differs from MongoDB, run here between mingo segments:
//   $sample  mingo draws with replacement (duplicates, and `size` documents even from fewer); MongoDB returns distinct
//            documents, at most all of them
//   $count   mingo outputs {name: 0} for no input; MongoDB outputs no document
export function runPipeline(docs: Doc[], pipeline: Doc[], resolve: (name: string) => Doc[]): Doc[] {
  let out = docs
  let segment: Doc[] = []
  const flush = () => {
    if (segment.length) out = new Aggregator(segment, { ...MINGO, collectionResolver: resolve }).run(out) as Doc[]
    segment = []
  }
  for (const stage of pipeline) {
    if ('$sample' in stage) { flush(); out = sample(out, stage.$sample) }
    else if ('$count' in stage) { flush(); out = count(out, stage.$count) }
    else segment.push(stage)
  }
  flush()
  return out
}

function sample(docs: Doc[], spec: any): Doc[] {
  const size = spec?.size
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 0) throw new Error('$sample.size must be a non-negative integer')
  const xs = [...docs]
  const n = Math.min(size, xs.length)
  for (let i = 0; i < n; i++) { // partial Fisher-Yates
    const j = i + Math.floor(Math.random() * (xs.length - i))
    ;[xs[i], xs[j]] = [xs[j], xs[i]]
  }
  return xs.slice(0, n)
}

function count(docs: Doc[], name: any): Doc[] {
  if (typeof name !== 'string' || !name.trim() || name.includes('.') || name.trim().startsWith('$')) throw new Error('Invalid expression value for $count')
  return docs.length ? [{ [name]: docs.length }] : []
}

/** Apply one update operator ({$inc: {...}}) to a document in place. */
export function applyOperator(doc: Doc, op: string, args: Doc): void {
  updater(doc, { [op]: args } as unknown as UpdateExpression) // op is one of update.ts's ALLOWED
}
