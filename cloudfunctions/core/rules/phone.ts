// Mainland mobile numbers: 11 digits starting 1[3-9]. People type them with spaces, dashes or +86; we keep the digits.
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/

/** '+86 138-1234-5678' -> '13812345678'. */
export function normalizePhone(typed: string): string {
  return typed.replace(/[\s-]/g, '').replace(/^(\+?86)(?=1\d{10}$)/, '')
}

export function isMobilePhone(value: unknown): value is string {
  return typeof value === 'string' && MOBILE_PATTERN.test(normalizePhone(value))
}
