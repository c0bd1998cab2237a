// What every API action receives: the request parameters as the SDK sent them, and the services of the local CloudBase.
import type { Documents } from '../engine/documents'
import type { TransactionManager } from '../engine/transactions'
import type { Store } from '../engine/store'

export interface Invocation {
  requestId: string
  functionName: string
  environment: Record<string, string>
}

export interface Services {
  store: Store
  docs: Documents
  txs: TransactionManager
  /** invoke a cloud function; `caller` carries the identity of the invocation that asked (if any) */
  invoke(name: string, event: unknown, environment: Record<string, string>): Promise<unknown>
  /** the running invocation a request came from, found through the SDK's seqId (see runner) */
  invocationOf(seqId: string | undefined): Invocation | undefined
  wxApi(apiName: string, requestData: unknown, caller: Invocation | undefined): Promise<unknown>
  files: import('../files/files').FileStore
  baseUrl(): string
}

export interface ApiRequest {
  params: Record<string, any>
  seqId?: string
}

export type ApiAction = (req: ApiRequest, s: Services) => Promise<Record<string, unknown>> | Record<string, unknown>
