// CloudBase timer triggers: 7-field cron (second minute hour day-of-month month day-of-week year), evaluated in
// Asia/Shanghai (UTC+8, no daylight saving) whatever the machine's time zone. Fields take *, n, a-b, lists and /step;
// day-of-week is 0-6 (Sunday = 0) or MON..SUN; month 1-12 or JAN..DEC.
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000
const NAMES: Record<string, number> = {
  SUN: 0, MON: 1, TUE: 2, WED: 3, THU: 4, FRI: 5, SAT: 6,
  JAN: 1, FEB: 2, MAR: 3, APR: 4, MAY: 5, JUN: 6, JUL: 7, AUG: 8, SEP: 9, OCT: 10, NOV: 11, DEC: 12
}
const RANGES: [number, number][] = [[0, 59], [0, 59], [0, 23], [1, 31], [1, 12], [0, 6], [1970, 2199]]

export interface Cron { fields: Set<number>[]; dayOfMonthAny: boolean; dayOfWeekAny: boolean }

export function parseCron(expr: string): Cron {
  const parts = expr.trim().split(/\s+/)
  if (parts.length !== 7) throw new Error(`cron must have 7 fields: ${expr}`)
  const fields = parts.map((p, i) => parseField(p === '?' ? '*' : p, RANGES[i][0], RANGES[i][1], expr))
  return { fields, dayOfMonthAny: parts[3] === '*' || parts[3] === '?', dayOfWeekAny: parts[5] === '*' || parts[5] === '?' }
}

function parseField(field: string, min: number, max: number, expr: string): Set<number> {
  const out = new Set<number>()
  for (const item of field.split(',')) {
    const [range, stepText] = item.split('/')
    const step = stepText === undefined ? 1 : Number(stepText)
    let lo: number, hi: number
    if (range === '*') { lo = min; hi = max }
    else if (range.includes('-')) { [lo, hi] = range.split('-').map((x) => value(x, expr)) }
    else { lo = value(range, expr); hi = stepText === undefined ? lo : max }
    if (!Number.isInteger(step) || step < 1 || lo < min || hi > max || lo > hi) throw new Error(`bad cron field "${field}" in ${expr}`)
    for (let v = lo; v <= hi; v += step) out.add(v)
  }
  return out
}

function value(x: string, expr: string): number {
  const v = NAMES[x.toUpperCase()] ?? Number(x)
  if (!Number.isInteger(v)) throw new Error(`bad cron value "${x}" in ${expr}`)
  return v
}

/** Does the cron fire in the (Shanghai) second that contains this instant? */
export function matches(cron: Cron, at: Date): boolean {
  const d = new Date(at.getTime() + SHANGHAI_OFFSET_MS) // read the UTC fields of this = Shanghai wall clock
  const [sec, min, hour, dom, mon, dow, year] = cron.fields
  if (!sec.has(d.getUTCSeconds()) || !min.has(d.getUTCMinutes()) || !hour.has(d.getUTCHours())) return false
  if (!mon.has(d.getUTCMonth() + 1) || !year.has(d.getUTCFullYear())) return false
  const domOk = dom.has(d.getUTCDate())
  const dowOk = dow.has(d.getUTCDay())
  // as in standard cron: when both day fields are restricted, either may match
  if (!cron.dayOfMonthAny && !cron.dayOfWeekAny) return domOk || dowOk
  return domOk && dowOk
}

/** The next instant (whole second, after `from`) at which the cron fires; undefined if none within a year. */
export function nextFire(cron: Cron, from: Date): Date | undefined {
  let t = Math.floor(from.getTime() / 1000) * 1000 + 1000
  const end = t + 366 * 24 * 3600 * 1000
  while (t < end) {
    const at = new Date(t)
    if (matches(cron, at)) return at
    const d = new Date(t + SHANGHAI_OFFSET_MS)
    // skip quickly: whole minutes/hours that cannot match
    if (!cron.fields[2].has(d.getUTCHours())) t += (3600 - d.getUTCMinutes() * 60 - d.getUTCSeconds()) * 1000
    else if (!cron.fields[1].has(d.getUTCMinutes())) t += (60 - d.getUTCSeconds()) * 1000
    else t += 1000
  }
  return undefined
}
