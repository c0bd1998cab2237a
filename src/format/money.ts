// Money is integer fen (分) everywhere; people read it as ¥12.50. (The server has the same rule in
// cloudfunctions/core/rules/pricing.ts; src/ may not import values from there, so this is the display copy.)

/** 1250 -> '¥12.50'; -1250 -> '-¥12.50'. Anything that is not a whole number of fen shows as '¥--'. */
export function formatFen(fen: number): string {
  if (!Number.isSafeInteger(fen)) return '¥--'
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  return `${sign}¥${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}
