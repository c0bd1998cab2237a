// What a person may see of another's data: masked phone and name, and a cleaner sees the full address only on the
// Shanghai day(s) of her job.
import type { Address } from '../contract/order'
import { shanghaiDate, shanghaiDateRange, type TimeSpan } from './time'

/** '13812345678' -> '138****5678'; the last four digits stay, four before them are hidden. */
export function maskPhone(phone: string | null | undefined): string {
  const compact = (phone ?? '').replace(/[\s-]/g, '')
  if (compact.length <= 4) return '*'.repeat(compact.length)
  return `${compact.slice(0, Math.max(0, compact.length - 8))}****${compact.slice(-4)}`
}

/** '张三' -> '张*', '欧阳娜娜' -> '欧***'; the family name's first character stays. */
export function maskName(name: string | null | undefined): string {
  const chars = Array.from((name ?? '').trim())
  if (chars.length === 0) return ''
  if (chars.length === 1) return '*'
  return chars[0] + '*'.repeat(chars.length - 1)
}

/** City and district only: '上海市浦东新区'. */
export function maskAddress(address: Pick<Address, 'city' | 'district'>): string {
  return `${address.city ?? ''}${address.district ?? ''}`
}

/** The whole address; the province is left out when it repeats the city (上海市上海市 -> 上海市). */
export function fullAddress(address: Address): string {
  const province = address.province && address.province !== address.city ? address.province : ''
  return `${province}${address.city ?? ''}${address.district ?? ''}${address.detail ?? ''}`
}

export function canSeeFullAddress(job: TimeSpan, now: Date): boolean {
  const { first, last } = shanghaiDateRange(job)
  const today = shanghaiDate(now)
  return first <= today && today <= last
}

export function addressForCleaner(job: TimeSpan, address: Address, now: Date): string {
  return canSeeFullAddress(job, now) ? fullAddress(address) : maskAddress(address)
}
