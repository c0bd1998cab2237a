// The service catalogue as households see it: active services only.
import { COLL } from './collections'
import { findOne } from './db'
import { notFound } from '../contract/errors'
import type { PriceUnit, ServiceCategoryId } from '../contract/catalog'

/** A `services` document. */
export interface ServiceDoc {
  _id: string
  category: ServiceCategoryId
  name: string
  description?: string
  /** per unit, fen */
  priceFen: number
  unit: PriceUnit
  /** minutes per visit (per-visit services) */
  durationMin?: number
  premium: boolean
  active: boolean
  sort?: number
  includes?: string[]
}

export const SERVICE_NOT_FOUND = '该服务不存在或已下架，请重新选择'

export async function listActiveServices(db: any): Promise<ServiceDoc[]> {
  return (await db.collection(COLL.services).where({ active: true }).limit(1000).get()).data
}

/** The active service, or NOT_FOUND (an unknown id and a withdrawn service read the same to a household). */
export async function activeService(db: any, serviceId: string): Promise<ServiceDoc> {
  const service = await findOne<ServiceDoc>(db, COLL.services, { _id: serviceId, active: true })
  if (!service) throw notFound(SERVICE_NOT_FOUND, { serviceId })
  return service
}
