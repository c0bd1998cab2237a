// The two pieces of mingo's internals the operators here need, typed once. `mingo/core` is the same module instance
// the `mingo` entry point uses (package exports), so values computed here see the same operators and options.
import type { Options } from 'mingo/types/core'

export type { Options }
export type Any = unknown
export type Predicate = (doc: Any) => boolean
/** A query operator: compiled once per filter, for one field selector. */
export type QueryOp = (selector: string, value: Any, options: Options) => Predicate
/** An expression operator: evaluated per document. */
export type ExpressionOp = (obj: Any, expr: Any, options: Options) => Any

// eslint-disable-next-line @typescript-eslint/no-var-requires
const core = require('mingo/core') as { computeValue(obj: Any, expr: Any, operator: string | null, options: Options): Any }

/** Evaluate an aggregation expression (a field path, a literal, an operator object, an array of those). */
export function evaluate(obj: Any, expr: Any, options: Options): Any {
  return core.computeValue(obj, expr, null, options)
}
