// src/ (the mini-program and the admin pages) may import only TYPES from server code (cloudfunctions/): a value import
// would bundle server rules into the mini-program and let the pages decide what the server decides. Every import or
// re-export in src/ that resolves into cloudfunctions/ must be `import type` / `export type`.
import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

const ROOT = path.resolve(__dirname, '../../..')
const SRC = path.join(ROOT, 'src')
const SERVER = path.join(ROOT, 'cloudfunctions')

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    if (e.isDirectory()) return sourceFiles(full)
    return /\.(ts|tsx)$/.test(e.name) ? [full] : []
  })
}

/** Where a module specifier of `file` points, as the build resolves it ('@core/*' and '@/*' aliases, relative paths). */
function target(file: string, spec: string): string | undefined {
  if (spec.startsWith('@core/')) return path.join(SERVER, 'core', spec.slice('@core/'.length))
  if (spec.startsWith('@/')) return path.join(SRC, spec.slice(2))
  if (spec.startsWith('.')) return path.resolve(path.dirname(file), spec)
  return undefined
}

interface ValueImport { file: string; line: number; text: string }

/** The imports and re-exports of `file` that reach server code and are not type-only. */
export function serverValueImports(file: string, text = fs.readFileSync(file, 'utf8')): ValueImport[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS)
  const found: ValueImport[] = []
  for (const st of sf.statements) {
    let spec: ts.Expression | undefined
    let typeOnly = false
    if (ts.isImportDeclaration(st)) {
      spec = st.moduleSpecifier
      const clause = st.importClause
      // `import type {..}`, or `import { type A, type B }` with nothing but types (no default, no namespace)
      typeOnly = !!clause && (clause.isTypeOnly || (!clause.name && !!clause.namedBindings && ts.isNamedImports(clause.namedBindings) &&
        clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly)))
    } else if (ts.isExportDeclaration(st) && st.moduleSpecifier) {
      spec = st.moduleSpecifier
      typeOnly = st.isTypeOnly
    } else continue
    if (!spec || !ts.isStringLiteral(spec)) continue
    const to = target(file, spec.text)
    if (to && (to === SERVER || to.startsWith(SERVER + path.sep)) && !typeOnly) {
      found.push({ file: path.relative(ROOT, file), line: sf.getLineAndCharacterOfPosition(st.getStart()).line + 1, text: st.getText().split('\n')[0] })
    }
  }
  return found
}

it('src/ imports only types from cloudfunctions/', () => {
  const files = sourceFiles(SRC)
  expect(files.length).toBeGreaterThan(50)
  expect(files.flatMap((f) => serverValueImports(f))).toEqual([])
})

it('the check catches value imports, relative paths and re-exports, and lets type-only ones through', () => {
  const file = path.join(SRC, 'pages/x/index.tsx')
  const bad = [
    "import { quote } from '@core/rules/pricing'",
    "import { ORDER_STATUS_LABELS, type OrderStatus } from '../../../cloudfunctions/core/contract/order'",
    "export { STAFF_ROLES } from '@core/contract/staff'",
    "import '@core/runtime'",
    "import * as errors from '@core/contract/errors'"
  ]
  for (const line of bad) expect(serverValueImports(file, line)).toHaveLength(1)
  const fine = [
    "import type { OrderView } from '@core/contract/api/booking'",
    "import { type OrderStatus } from '@core/contract/order'",
    "export type { StaffView } from '@core/contract/api/admin'",
    "import Taro from '@tarojs/taro'",
    "import { formatFen } from '@/format/money'"
  ]
  for (const line of fine) expect(serverValueImports(file, line)).toEqual([])
})
