// Input validation with zod, with Chinese messages: the first problem, named by its field, is what the person sees.
import { z, type ZodIssue } from 'zod'
import { invalid } from '../contract/errors'

const FIELD_NAMES: Record<string, string> = {}

/** Register Chinese names for input fields ("date" -> "服务日期") so messages read naturally. */
export function nameFields(names: Record<string, string>): void {
  Object.assign(FIELD_NAMES, names)
}

function describe(issue: ZodIssue): string {
  const path = issue.path.join('.')
  // an element of a list (skills.0) is named by its list
  const named = [...issue.path].reverse().find((p) => typeof p === 'string' && FIELD_NAMES[p] !== undefined)
  const field = FIELD_NAMES[path] ?? (named !== undefined ? FIELD_NAMES[named] : undefined) ?? (path || '参数')
  switch (issue.code) {
    case 'invalid_type':
      return issue.received === 'undefined' ? `缺少${field}` : `${field}的类型不正确`
    case 'too_small':
      return issue.type === 'string' ? `${field}不能为空或太短` : issue.type === 'array' ? `${field}数量太少` : `${field}太小`
    case 'too_big':
      return issue.type === 'string' ? `${field}太长了` : issue.type === 'array' ? `${field}数量太多` : `${field}太大`
    case 'invalid_enum_value':
    case 'invalid_literal':
      return `${field}的取值不正确`
    case 'invalid_string':
      return `${field}的格式不正确`
    case 'unrecognized_keys':
      return `不认识的参数: ${issue.keys.join(', ')}`
    case 'custom':
      return issue.message
    default:
      return `${field}不正确`
  }
}

export function parseInput<T extends z.ZodTypeAny>(schema: T, input: unknown): z.infer<T> {
  const r = schema.safeParse(input)
  if (r.success) return r.data
  const issue = r.error.issues[0]
  throw invalid(describe(issue), { field: issue.path.join('.') || undefined, issues: r.error.issues.length })
}

export { z }
