// Time is an input (DESIGN §2, STYLE habits): handlers and rules take `now` from ctx.now, which follows the local
// clock; nothing in the cloud functions reads the wall clock but the runtime's one home for it. A `new Date()` or
// `Date.now()` anywhere else would make that code deaf to `npm run clock` and untestable in time.
import fs from 'node:fs'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '../../../cloudfunctions')
/** The one place that reads the clock for an invocation. */
const ALLOWED = new Set(['core/runtime/clock.ts'])

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) return sources(p)
    return e.name.endsWith('.ts') ? [p] : []
  })
}

it('no cloud function code reads the wall clock outside core/runtime/clock.ts', () => {
  const found: string[] = []
  for (const file of sources(ROOT)) {
    const rel = path.relative(ROOT, file).split(path.sep).join('/')
    if (ALLOWED.has(rel)) continue
    fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      const code = line.replace(/\/\/.*$/, '')
      if (/new Date\(\s*\)|Date\.now\(\s*\)/.test(code)) found.push(`${rel}:${i + 1}: ${line.trim()}`)
    })
  }
  expect(found).toEqual([])
})
