// mingo, set up once with every operator, and the few query helpers the engine needs.
import 'mingo/init/system'
import { Query, Aggregator, createUpdater } from 'mingo'
import type { Doc } from './ejson'

const updater = createUpdater({ cloneMode: 'deep' } as any)

export function compileFilter(filter: Doc): Query {
  return new Query(filter ?? {})
}

export function sortDocs(docs: Doc[], sort: Record<string, 1 | -1>): Doc[] {
  return new Query({}).find(docs).sort(sort).all() as Doc[]
}

export function project(docs: Doc[], projection: Doc): Doc[] {
  return new Query({}).find(docs, projection).all() as Doc[]
}

// Two stages where mingo differs from MongoDB, run here between mingo segments:
//   $sample  mingo draws with replacement (duplicates, and `size` documents even from fewer); MongoDB returns distinct
//            documents, at most all of them
//   $count   mingo outputs {name: 0} for no input; MongoDB outputs no document
export function runPipeline(docs: Doc[], pipeline: Doc[], resolve: (name: string) => Doc[]): Doc[] {
  let out = docs
  let segment: Doc[] = []
  const flush = () => {
    if (segment.length) out = new Aggregator(segment, { collectionResolver: resolve } as any).run(out) as Doc[]
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
  updater(doc, { [op]: args } as any)
}
