// Drill times as people read them: 3分00秒, and the countdown as 02:45.
const pad = (n: number) => String(n).padStart(2, '0')

/** 180 -> '3分钟', 90 -> '1分30秒', 45 -> '45秒' */
export function formatSeconds(sec: number): string {
  const s = Math.max(0, Math.round(sec))
  const m = Math.floor(s / 60)
  const r = s % 60
  if (m === 0) return `${r}秒`
  return r === 0 ? `${m}分钟` : `${m}分${pad(r)}秒`
}

/** 165 -> '02:45' (the sign is said by the words around it) */
export function formatClock(sec: number): string {
  const s = Math.abs(Math.trunc(sec))
  return `${pad(Math.floor(s / 60))}:${pad(s % 60)}`
}
