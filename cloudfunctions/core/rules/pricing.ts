// Prices are integer fen (分) and always quoted by the server: base by unit x quantity, minus a discount, gives payable.
import { internal } from '../contract/errors'
import type { PriceFen } from '../contract/order'
import { assertQuantity, type ServiceTerms } from './units'

export interface PricedService extends ServiceTerms {
  priceFen: number
}

function assertFen(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw internal(`${what}必须是非负整数分`, { value })
}

/**
 * The price of `quantity` units of a service. The discount (from the coupon engine, 0 until it exists) is capped
 * at the base, so payable is never negative.
 */
export function quote(service: PricedService, quantity: number, discountFen = 0): PriceFen {
  assertFen(service.priceFen, '服务单价')
  assertFen(discountFen, '优惠金额')
  assertQuantity(service.unit, quantity)
  const base = service.priceFen * quantity
  const discount = Math.min(discountFen, base)
  return { base, discount, payable: base - discount }
}

/** 1250 -> '¥12.50'; -1250 -> '-¥12.50' (a refund). */
export function formatFen(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw internal('金额必须是整数分', { fen })
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  const yuan = Math.floor(abs / 100)
  const cents = String(abs % 100).padStart(2, '0')
  return `${sign}¥${yuan}.${cents}`
}
