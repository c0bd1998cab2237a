// How a priced unit turns into an allowed quantity and into time on the job.
import { internal, invalid } from '../contract/errors'
import type { PriceUnit } from '../contract/catalog'
import { DAY_MS, HOUR_MS, MINUTE_MS } from './time'

export const PACKAGE_DAYS = 26

export interface QuantityLimit {
  min: number
  max: number
  /** Shown when the quantity is outside the limit. */
  message: string
}

export const QUANTITY_LIMITS: Record<PriceUnit, QuantityLimit> = {
  visit: { min: 1, max: 10, message: '服务数量应为1-10次' },
  hour: { min: 2, max: 8, message: '服务时长应为2-8小时' },
  day: { min: 1, max: 30, message: '服务天数应为1-30天' },
  package_26d: { min: 1, max: 3, message: '月嫂套餐应为1-3期（每期26天）' }
}

export interface ServiceTerms {
  unit: PriceUnit
  /** Minutes per visit; required for per-visit services, ignored otherwise. */
  durationMin?: number
}

export function assertQuantity(unit: PriceUnit, quantity: number): void {
  const limit = QUANTITY_LIMITS[unit]
  if (!limit) throw internal('服务计价单位配置有误', { unit })
  if (!Number.isInteger(quantity) || quantity < limit.min || quantity > limit.max) {
    throw invalid(limit.message, { quantity, min: limit.min, max: limit.max })
  }
}

/** Minutes the cleaner is taken for: visits x minutes per visit, hours booked, or whole days of live-in care. */
export function serviceDurationMin(service: ServiceTerms, quantity: number): number {
  assertQuantity(service.unit, quantity)
  switch (service.unit) {
    case 'visit':
      if (!service.durationMin || !Number.isInteger(service.durationMin) || service.durationMin <= 0) {
        throw internal('服务时长配置有误', { durationMin: service.durationMin })
      }
      return service.durationMin * quantity
    case 'hour':
      return (quantity * HOUR_MS) / MINUTE_MS
    case 'day':
      return (quantity * DAY_MS) / MINUTE_MS
    case 'package_26d':
      return (quantity * PACKAGE_DAYS * DAY_MS) / MINUTE_MS
  }
}

/** When a job that starts at `start` ends. */
export function jobEnd(start: Date, service: ServiceTerms, quantity: number): Date {
  return new Date(start.getTime() + serviceDurationMin(service, quantity) * MINUTE_MS)
}
