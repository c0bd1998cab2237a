// Order numbers: 'JZ' + Shanghai date (YYYYMMDD) + 6-digit serial, e.g. JZ20261123004217.
// The serial comes from the caller (random or a sequence); the unique index on orderNo catches the rare clash.
import { internal } from '../contract/errors'
import { inShanghai } from './time'

export const ORDER_NO_PREFIX = 'JZ'
export const ORDER_NO_PATTERN = /^JZ\d{14}$/
const SERIAL_LIMIT = 1_000_000

export function orderNumber(at: Date, serial: number): string {
  if (!Number.isInteger(serial) || serial < 0 || serial >= SERIAL_LIMIT) {
    throw internal('订单号序号必须是0-999999的整数', { serial })
  }
  return `${ORDER_NO_PREFIX}${inShanghai(at).format('YYYYMMDD')}${String(serial).padStart(6, '0')}`
}

/** A serial from a random source in [0, 1). */
export function randomSerial(random: () => number = Math.random): number {
  return Math.min(SERIAL_LIMIT - 1, Math.floor(random() * SERIAL_LIMIT))
}

export function isOrderNumber(value: unknown): value is string {
  return typeof value === 'string' && ORDER_NO_PATTERN.test(value)
}
