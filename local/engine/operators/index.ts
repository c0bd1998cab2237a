// The operators the local CloudBase puts in front of mingo's own (a mingo Context is consulted before mingo's global
// operators), so that queries and aggregations answer as MongoDB does. Each file says where mingo differs.
import { Context } from 'mingo'
import * as queryOps from './query'
import * as dates from './dates'
import * as strings from './strings'
import { compileSchema } from './jsonSchema'
import { bsonTypeOf } from './bson'
import { evaluate, type ExpressionOp, type QueryOp } from './mingo'

const $typeExpr: ExpressionOp = (obj, expr, options) => {
  const arg = Array.isArray(expr) ? (expr.length === 1 ? expr[0] : expr) : expr
  return bsonTypeOf(evaluate(obj, arg, options))
}

const $jsonSchema: QueryOp = (_selector, schema) => {
  const check = compileSchema(schema)
  return (doc) => check(doc)
}

const expressionOps: Record<string, ExpressionOp> = {
  $dateToString: dates.$dateToString,
  $year: dates.$year, $month: dates.$month, $dayOfMonth: dates.$dayOfMonth, $hour: dates.$hour, $minute: dates.$minute,
  $second: dates.$second, $millisecond: dates.$millisecond, $dayOfYear: dates.$dayOfYear, $dayOfWeek: dates.$dayOfWeek,
  $isoDayOfWeek: dates.$isoDayOfWeek, $week: dates.$week, $isoWeek: dates.$isoWeek, $isoWeekYear: dates.$isoWeekYear,
  $indexOfCP: strings.$indexOfCP, $strLenCP: strings.$strLenCP, $substrCP: strings.$substrCP, $substrBytes: strings.$substrBytes,
  $type: $typeExpr
}

const queryOperators: Record<string, QueryOp> = {
  $exists: queryOps.$exists, $mod: queryOps.$mod, $elemMatch: queryOps.$elemMatch, $type: queryOps.$type, $jsonSchema
}

// mingo's operator types are wider than ours (its Options/Any); the shapes are the same
export const MONGO_CONTEXT = Context.init({
  expression: expressionOps as unknown as Parameters<Context['addExpressionOps']>[0],
  query: queryOperators as unknown as Parameters<Context['addQueryOps']>[0]
})
