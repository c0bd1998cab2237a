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
export const txConflict = () => new CloudError('DATABASE_TRANSACTION_CONFLICT', '事务冲突 (write conflict), 请重试')
export const txMissing = () => new CloudError('DATABASE_TRANSACTION_FAIL', '事务不存在或已结束 (transaction not found)')

/** CloudBase's code for a query that ran too long (docs.cloudbase.net/error-code/DATABASE_TIMEOUT). */
export const queryTimeout = (limitMs: number) =>
  new CloudError('DATABASE_TIMEOUT', `数据库请求超时: 查询超过 ${limitMs} ms 未完成，请为查询条件建立索引或缩小查询范围 (query time limit exceeded)`)
