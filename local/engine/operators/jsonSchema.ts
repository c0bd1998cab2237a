// $jsonSchema as MongoDB implements it: JSON Schema draft 4 plus `bsonType`, on BSON values (dates, ObjectIds).
// The schema is checked when the query is compiled (unknown or unsupported keywords are errors, as in MongoDB);
// the result is a predicate over documents. No implicit array traversal: `properties` looks at the value itself.
import { bsonTypeOf, hasBsonType, checkBsonType, isDocument, bsonEqual as isEqual } from './bson'

type Schema = Record<string, unknown>
type Check = (v: unknown) => boolean

const UNSUPPORTED = new Set(['$ref', '$schema', 'default', 'definitions', 'format', 'id'])
const IGNORED = new Set(['title', 'description'])
const JSON_TYPES = new Set(['object', 'array', 'number', 'boolean', 'string', 'null'])

export function compileSchema(schema: unknown): Check {
  if (!isDocument(schema)) throw new Error('$jsonSchema must be an object')
  const checks: Check[] = []
  const s = schema as Schema
  for (const key of Object.keys(s)) {
    if (UNSUPPORTED.has(key)) throw new Error(`$jsonSchema keyword '${key}' is not currently supported`)
    if (!IGNORED.has(key) && !(key in KEYWORDS)) throw new Error(`Unknown $jsonSchema keyword: ${key}`)
  }
  for (const [key, build] of Object.entries(KEYWORDS)) if (key in s) checks.push(build(s[key], s))
  return (v) => checks.every((c) => c(v))
}

const num = (v: unknown, kw: string): number => {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`$jsonSchema keyword '${kw}' must be a number`)
  return v
}
const count = (v: unknown, kw: string): number => {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new Error(`$jsonSchema keyword '${kw}' must be a non-negative integer`)
  return v
}
const schemas = (v: unknown, kw: string): Check[] => {
  if (!Array.isArray(v) || !v.length) throw new Error(`$jsonSchema keyword '${kw}' must be a non-empty array of schemas`)
  return v.map(compileSchema)
}
const strings = (v: unknown, kw: string): string[] => {
  if (!Array.isArray(v) || !v.length || !v.every((x) => typeof x === 'string')) throw new Error(`$jsonSchema keyword '${kw}' must be a non-empty array of strings`)
  return v as string[]
}
const isNumber = (v: unknown): v is number => typeof v === 'number'
const cpLength = (s: string) => Array.from(s).length
const jsonTypeOf = (v: unknown): string => {
  const t = bsonTypeOf(v)
  return t === 'int' || t === 'long' || t === 'double' ? 'number' : t === 'bool' ? 'boolean' : t
}

// Each keyword only constrains values of the type it is about (draft 4): {minimum: 3} passes a string.
const KEYWORDS: Record<string, (arg: unknown, schema: Schema) => Check> = {
  bsonType: (arg) => {
    const types = Array.isArray(arg) ? arg : [arg]
    for (const t of types) checkBsonType(t, '$jsonSchema bsonType')
    return (v) => types.some((t) => hasBsonType(v, t))
  },
  type: (arg) => {
    const types = Array.isArray(arg) ? arg : [arg]
    for (const t of types) {
      if (t === 'integer') throw new Error("$jsonSchema type 'integer' is not currently supported")
      if (typeof t !== 'string' || !JSON_TYPES.has(t)) throw new Error(`Unknown type name alias: ${String(t)}`)
    }
    return (v) => types.includes(jsonTypeOf(v))
  },
  enum: (arg) => {
    if (!Array.isArray(arg) || !arg.length) throw new Error("$jsonSchema keyword 'enum' must be a non-empty array")
    return (v) => arg.some((x) => isEqual(x, v))
  },
  minimum: (arg, s) => { const m = num(arg, 'minimum'); return (v) => !isNumber(v) || (s.exclusiveMinimum === true ? v > m : v >= m) },
  maximum: (arg, s) => { const m = num(arg, 'maximum'); return (v) => !isNumber(v) || (s.exclusiveMaximum === true ? v < m : v <= m) },
  exclusiveMinimum: (arg, s) => {
    if (typeof arg !== 'boolean') throw new Error("$jsonSchema keyword 'exclusiveMinimum' must be a boolean")
    if (!('minimum' in s)) throw new Error("$jsonSchema keyword 'minimum' must be a present if exclusiveMinimum is present")
    return () => true
  },
  exclusiveMaximum: (arg, s) => {
    if (typeof arg !== 'boolean') throw new Error("$jsonSchema keyword 'exclusiveMaximum' must be a boolean")
    if (!('maximum' in s)) throw new Error("$jsonSchema keyword 'maximum' must be a present if exclusiveMaximum is present")
    return () => true
  },
  multipleOf: (arg) => {
    const m = num(arg, 'multipleOf')
    if (m <= 0) throw new Error("$jsonSchema keyword 'multipleOf' must have a positive value")
    return (v) => !isNumber(v) || Number.isInteger(v / m)
  },
  minLength: (arg) => { const n = count(arg, 'minLength'); return (v) => typeof v !== 'string' || cpLength(v) >= n },
  maxLength: (arg) => { const n = count(arg, 'maxLength'); return (v) => typeof v !== 'string' || cpLength(v) <= n },
  pattern: (arg) => {
    if (typeof arg !== 'string') throw new Error("$jsonSchema keyword 'pattern' must be a string")
    const re = new RegExp(arg, 'u')
    return (v) => typeof v !== 'string' || re.test(v)
  },
  required: (arg) => { const keys = strings(arg, 'required'); return (v) => !isDocument(v) || keys.every((k) => k in v) },
  minProperties: (arg) => { const n = count(arg, 'minProperties'); return (v) => !isDocument(v) || Object.keys(v).length >= n },
  maxProperties: (arg) => { const n = count(arg, 'maxProperties'); return (v) => !isDocument(v) || Object.keys(v).length <= n },
  properties: (arg) => {
    if (!isDocument(arg)) throw new Error("$jsonSchema keyword 'properties' must be an object")
    const props = Object.entries(arg).map(([k, sub]) => [k, compileSchema(sub)] as const)
    return (v) => !isDocument(v) || props.every(([k, c]) => !(k in v) || c(v[k]))
  },
  patternProperties: (arg) => {
    if (!isDocument(arg)) throw new Error("$jsonSchema keyword 'patternProperties' must be an object")
    const pats = Object.entries(arg).map(([p, sub]) => [new RegExp(p, 'u'), compileSchema(sub)] as const)
    return (v) => !isDocument(v) || Object.keys(v).every((k) => pats.every(([re, c]) => !re.test(k) || c(v[k])))
  },
  additionalProperties: (arg, s) => {
    const named = new Set(isDocument(s.properties) ? Object.keys(s.properties) : [])
    const pats = isDocument(s.patternProperties) ? Object.keys(s.patternProperties).map((p) => new RegExp(p, 'u')) : []
    const extra = (k: string) => !named.has(k) && !pats.some((re) => re.test(k))
    if (typeof arg === 'boolean') return (v) => arg || !isDocument(v) || !Object.keys(v).some(extra)
    const c = compileSchema(arg)
    return (v) => !isDocument(v) || Object.keys(v).filter(extra).every((k) => c(v[k]))
  },
  dependencies: (arg) => {
    if (!isDocument(arg)) throw new Error("$jsonSchema keyword 'dependencies' must be an object")
    const deps = Object.entries(arg).map(([k, d]) => {
      const c: Check = Array.isArray(d) ? ((keys) => (v: unknown) => keys.every((x) => x in (v as object)))(strings(d, 'dependencies')) : compileSchema(d)
      return [k, c] as const
    })
    return (v) => !isDocument(v) || deps.every(([k, c]) => !(k in v) || c(v))
  },
  items: (arg, s) => {
    if (Array.isArray(arg)) {
      const each = arg.map(compileSchema)
      const more = s.additionalItems === undefined || s.additionalItems === true ? undefined
        : s.additionalItems === false ? (() => false) as Check : compileSchema(s.additionalItems)
      return (v) => !Array.isArray(v) || v.every((x, i) => (i < each.length ? each[i](x) : !more || more(x)))
    }
    const c = compileSchema(arg)
    return (v) => !Array.isArray(v) || v.every(c)
  },
  additionalItems: (arg) => {
    if (typeof arg !== 'boolean' && !isDocument(arg)) throw new Error("$jsonSchema keyword 'additionalItems' must be either an object or a boolean")
    return () => true // applied by `items` (it means nothing without an array of item schemas)
  },
  minItems: (arg) => { const n = count(arg, 'minItems'); return (v) => !Array.isArray(v) || v.length >= n },
  maxItems: (arg) => { const n = count(arg, 'maxItems'); return (v) => !Array.isArray(v) || v.length <= n },
  uniqueItems: (arg) => {
    if (typeof arg !== 'boolean') throw new Error("$jsonSchema keyword 'uniqueItems' must be a boolean")
    return (v) => !arg || !Array.isArray(v) || v.every((x, i) => v.findIndex((y) => isEqual(x, y)) === i)
  },
  allOf: (arg) => { const cs = schemas(arg, 'allOf'); return (v) => cs.every((c) => c(v)) },
  anyOf: (arg) => { const cs = schemas(arg, 'anyOf'); return (v) => cs.some((c) => c(v)) },
  oneOf: (arg) => { const cs = schemas(arg, 'oneOf'); return (v) => cs.filter((c) => c(v)).length === 1 },
  not: (arg) => { const c = compileSchema(arg); return (v) => !c(v) }
}
