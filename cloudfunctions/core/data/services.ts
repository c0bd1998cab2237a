// The service catalogue as households see it: active services only.
import type { Database } from '../runtime/cloud'
import { COLL } from './collections'
import { findOne } from './db'
import { isAppError, notFound } from '../contract/errors'
import type { PriceUnit, ServiceCategoryId } from '../contract/catalog'
import { TtlCache } from './ttlCache'

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

export async function listActiveServices(db: Database): Promise<ServiceDoc[]> {
  return (await db.collection(COLL.services).where({ active: true }).limit(1000).get()).data
}

/**
 * How long a function instance keeps an active service it read (by ctx.now). A price change or a withdrawal reaches
 * bookings within this time; an unknown or withdrawn id is never kept, so a new service is bookable at once.
 */
export const SERVICE_CACHE_TTL_MS = 30_000

const activeServices = new TtlCache<string, ServiceDoc>(SERVICE_CACHE_TTL_MS)

/**
 * The active service, or NOT_FOUND (an unknown id and a withdrawn service read the same to a household). Read
 * through the per-instance cache when `now` is given (the booking path), straight from the database otherwise.
 */
export async function activeService(db: Database, serviceId: string, now?: Date): Promise<ServiceDoc> {
  const read = async () => {
    const service = await findOne<ServiceDoc>(db, COLL.services, { _id: serviceId, active: true })
    if (!service) throw notFound(SERVICE_NOT_FOUND, { serviceId })
    return service
  }
  return now ? (await activeServices.get(serviceId, now, read)).value : read()
}

/** Whether a service is still offered (active), through the same per-instance cache as activeService. */
export async function isServiceOffered(db: Database, serviceId: string, now: Date): Promise<boolean> {
  try {
    await activeService(db, serviceId, now)
    return true
  } catch (e) {
    if (isAppError(e) && e.code === 'NOT_FOUND') return false
    throw e
  }
}
