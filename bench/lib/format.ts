// Fixed-width number formatting for the printed tables (CJK labels count as two columns).

export function width(s: string): number {
  let w = 0
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1
  return w
}

export const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)))
export const padL = (s: string, n: number) => ' '.repeat(Math.max(0, n - width(s))) + s

export function fmtInt(n: number): string {
  return Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '-'
}

export function fmtMs(ms: number): string {
  if (!Number.isFinite(ms)) return '-'
  if (ms < 0.1) return ms.toFixed(3)
  if (ms < 10) return ms.toFixed(2)
  if (ms < 100) return ms.toFixed(1)
  return ms.toFixed(0)
}

export function fmtRatio(x: number): string {
  if (!Number.isFinite(x)) return '-'
  return (x < 10 ? x.toFixed(1) : x.toFixed(0)) + 'x'
}
