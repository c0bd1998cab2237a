// Instants arrive as ISO strings (UTC); people read them in Shanghai time. Shanghai has no daylight saving, so a
// fixed +8 h offset is exact and avoids relying on Intl time-zone support in the WeChat runtime.
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000

const pad = (n: number) => String(n).padStart(2, '0')

function shanghaiParts(iso: string | Date) {
  const t = new Date(typeof iso === 'string' ? iso : iso.getTime())
  if (Number.isNaN(t.getTime())) return null
  const s = new Date(t.getTime() + SHANGHAI_OFFSET_MS)
  return { y: s.getUTCFullYear(), m: s.getUTCMonth() + 1, d: s.getUTCDate(), h: s.getUTCHours(), min: s.getUTCMinutes() }
}

/** '2025-11-23T02:30:00.000Z' -> '11月23日 10:30' (with the year when it is not this year). */
export function formatDateTime(iso: string | Date, now: Date = new Date()): string {
  const p = shanghaiParts(iso)
  if (!p) return ''
  const thisYear = shanghaiParts(now)?.y === p.y
  return `${thisYear ? '' : `${p.y}年`}${p.m}月${p.d}日 ${pad(p.h)}:${pad(p.min)}`
}

/** '2025-11-23' -> '11月23日' */
export function formatDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  return m ? `${Number(m[2])}月${Number(m[3])}日` : date
}
