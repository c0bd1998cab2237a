// Complaint ticket numbers: 'TS' + Shanghai date (YYYYMMDD) + 6-digit serial, e.g. TS20261123004217. The unique index
// on complaints.ticketNo catches the rare clash (the caller retries with a new serial).
import { internal } from '../contract/errors'
import { inShanghai } from './time'

export const TICKET_NO_PREFIX = 'TS'
export const TICKET_NO_PATTERN = /^TS\d{14}$/
const SERIAL_LIMIT = 1_000_000

export function ticketNumber(at: Date, serial: number): string {
  if (!Number.isInteger(serial) || serial < 0 || serial >= SERIAL_LIMIT) {
    throw internal('工单号序号必须是0-999999的整数', { serial })
  }
  return `${TICKET_NO_PREFIX}${inShanghai(at).format('YYYYMMDD')}${String(serial).padStart(6, '0')}`
}

export function isTicketNumber(value: unknown): value is string {
  return typeof value === 'string' && TICKET_NO_PATTERN.test(value)
}
