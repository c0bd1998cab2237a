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

export function runPipeline(docs: Doc[], pipeline: Doc[], resolve: (name: string) => Doc[]): Doc[] {
  const agg = new Aggregator(pipeline, { collectionResolver: resolve } as any)
  return agg.run(docs) as Doc[]
}

/** Apply one update operator ({$inc: {...}}) to a document in place. */
export function applyOperator(doc: Doc, op: string, args: Doc): void {
  updater(doc, { [op]: args } as any)
}
