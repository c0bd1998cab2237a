// Reading the database actions' parameters: EJSON strings in, plain JS values out; bad input is INVALID_PARAM.
import { parseEJSON, resolveServerDates, EjsonError, type Doc } from '../../engine/ejson'
import { invalidParam } from '../../engine/errors'
import { serverNow } from '../../clock'
import type { Services } from '../types'

export function collection(p: Record<string, any>): string {
  if (typeof p.collectionName !== 'string' || !p.collectionName) throw invalidParam('collectionName 不能为空')
  return p.collectionName
}

function ejson(text: unknown, what: string): any {
  try {
    return resolveServerDates(parseEJSON(text, what), serverNow())
  } catch (e) {
    if (e instanceof EjsonError) throw invalidParam(e.message)
    throw e
  }
}

export function object(text: unknown, what: string): Doc {
  const v = ejson(text, what)
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw invalidParam(`${what} must be an object`)
  return v
}

export function optionalObject(text: unknown, what: string): Doc | undefined {
  return text === undefined || text === null || text === '' ? undefined : object(text, what)
}

export function filter(p: Record<string, any>): Doc | undefined {
  return optionalObject(p.query, 'query')
}

/**
 * The query of an update or remove, which must be there: without one the SDK's `collection(c).update()` /
 * `.remove()` would touch every document. An explicit `where({})` (query "{}") still means all documents.
 */
export function requiredFilter(p: Record<string, any>, action: 'update' | 'remove'): Doc {
  const f = filter(p)
  if (!f) {
    const verb = action === 'update' ? '更新' : '删除'
    throw invalidParam(`${verb}操作必须指定查询条件 (query is required for ${action}): 请用 where() 或 doc() 指定要${verb}的文档，确需${verb}全部文档时请显式使用 where({})`)
  }
  return f
}

export function sort(p: Record<string, any>): Record<string, 1 | -1> | undefined {
  const order = optionalObject(p.order, 'order')
  if (!order) return undefined
  for (const [k, v] of Object.entries(order)) if (v !== 1 && v !== -1) throw invalidParam(`order.${k} must be 1 or -1`)
  return order as Record<string, 1 | -1>
}

export function integer(v: unknown, what: string, dflt: number, max = Number.MAX_SAFE_INTEGER): number {
  if (v === undefined || v === null) return dflt
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw invalidParam(`${what} must be a non-negative integer`)
  return Math.min(v, max)
}

export function flag(v: unknown, dflt: boolean): boolean {
  if (v === undefined || v === null) return dflt
  if (typeof v !== 'boolean') throw invalidParam('multi/merge/upsert must be booleans')
  return v
}

export function transaction(p: Record<string, any>, s: Services) {
  return p.transactionId ? s.txs.get(p.transactionId) : undefined
}

// No count limit on a batch add (CloudBase documents none); the request body limit (http/admin.ts) bounds it.
export function dataList(p: Record<string, any>): Doc[] {
  const list = Array.isArray(p.data) ? p.data : [p.data]
  if (!list.length) throw invalidParam('data 至少包含一个文档 (data must hold at least one document)')
  return list.map((d: unknown, i: number) => object(d, `data[${i}]`))
}
