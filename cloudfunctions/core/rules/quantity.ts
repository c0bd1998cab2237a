// What a household is offered when it picks a quantity: the limits of the unit (units.ts) and a sensible default.
import { PRICE_UNIT_LABELS, type PriceUnit } from '../contract/catalog'
import { internal } from '../contract/errors'
import { PACKAGE_DAYS, QUANTITY_LIMITS } from './units'

/** Most households book one visit, one day or one term; hourly cleaning is usually booked for 3 hours. */
export const DEFAULT_QUANTITY: Record<PriceUnit, number> = { visit: 1, hour: 3, day: 1, package_26d: 1 }

export interface QuantityTerms {
  min: number
  max: number
  default: number
}

export function quantityTerms(unit: PriceUnit): QuantityTerms {
  const limit = QUANTITY_LIMITS[unit]
  if (!limit) throw internal('服务计价单位配置有误', { unit })
  const preferred = DEFAULT_QUANTITY[unit] ?? limit.min
  return { min: limit.min, max: limit.max, default: Math.min(limit.max, Math.max(limit.min, preferred)) }
}

/** '3小时', '2次', '5天', '1期（每期26天）' */
export function quantityLabel(unit: PriceUnit, quantity: number): string {
  if (unit === 'package_26d') return `${quantity}期（每期${PACKAGE_DAYS}天）`
  return `${quantity}${PRICE_UNIT_LABELS[unit] ?? ''}`
}

/** '¥45.00/小时'; a 26-day term reads '/期'. */
export function unitPriceLabel(unit: PriceUnit): string {
  return unit === 'package_26d' ? '期' : PRICE_UNIT_LABELS[unit] ?? ''
}
