// Errors the engine raises, with the codes CloudBase gives them, so that the SDK throws a TcbError with the same code.
export class CloudError extends Error {
  constructor(readonly code: string, message: string) {
    super(message)
  }
}

export const invalidParam = (message: string) => new CloudError('INVALID_PARAM', message)
export const collectionMissing = (name: string) =>
  new CloudError('DATABASE_COLLECTION_NOT_EXIST', `集合不存在: ${name} (db or table not exist)`)
export const duplicateKey = (coll: string, index: string) =>
  new CloudError('DATABASE_DUPLICATE_WRITE', `E11000 duplicate key error collection: ${coll} index: ${index}`)

// Transaction errors. The code is what the SDK's runTransaction retries on (DATABASE_TRANSACTION_CONFLICT) or what
// CloudBase answers for a transaction it no longer has (DATABASE_TRANSACTION_FAIL, "[ResourceUnavailable.
// TransactionNotExist] ..."); each message starts with the SDK's / CloudBase's own English text, then says why in Chinese.
export type ConflictReason = 'written-by-other' | 'changed-since-read' | 'stale-read'
const CONFLICT_WHY: Record<ConflictReason, string> = {
  'written-by-other': '该文档已被另一个未结束的事务写入（先写者胜）',
  'changed-since-read': '该文档在本事务开始后已被修改',
  'stale-read': '本事务读取过的文档在提交前已被修改'
}
export const txConflict = (reason: ConflictReason, coll: string, id: string) =>
  new CloudError('DATABASE_TRANSACTION_CONFLICT',
    `database transaction conflict: 事务冲突，${CONFLICT_WHY[reason]} (${coll}/${id})，事务已中止，请重试`)
export const txMissing = () =>
  new CloudError('DATABASE_TRANSACTION_FAIL',
    '[ResourceUnavailable.TransactionNotExist] Transaction does not exist on the server: 事务不存在或已结束（已提交、已回滚、因冲突中止或超时）')

/** CloudBase's code for a query that ran too long (docs.cloudbase.net/error-code/DATABASE_TIMEOUT). */
export const queryTimeout = (limitMs: number) =>
  new CloudError('DATABASE_TIMEOUT', `数据库请求超时: 查询超过 ${limitMs} ms 未完成，请为查询条件建立索引或缩小查询范围 (query time limit exceeded)`)
