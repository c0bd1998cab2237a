// Writes the generated "who may call what" section of docs/api.md from the permissions table
// (cloudfunctions/permissions.ts). `--check` only compares and exits 1 when the file is stale.
// A unit test (__tests__/unit/permissions/docs.test.ts) runs the same comparison.
import fs from 'node:fs'
import path from 'node:path'
import { DOCS_BEGIN, DOCS_END, permissionsMarkdown } from '../cloudfunctions/permissions'

export const API_DOC = path.resolve(__dirname, '../docs/api.md')

/** docs/api.md with the generated block replaced by `block` (throws when the markers are missing). */
export function withPermissionsBlock(doc: string, block: string): string {
  const begin = doc.indexOf(DOCS_BEGIN)
  const end = doc.indexOf(DOCS_END)
  if (begin < 0 || end < begin) throw new Error(`docs/api.md lacks the markers ${DOCS_BEGIN} ... ${DOCS_END}`)
  return `${doc.slice(0, begin + DOCS_BEGIN.length)}\n${block}\n${doc.slice(end)}`
}

if (require.main === module) {
  const doc = fs.readFileSync(API_DOC, 'utf8')
  const next = withPermissionsBlock(doc, permissionsMarkdown())
  if (process.argv.includes('--check')) {
    if (next !== doc) {
      console.error('docs/api.md: the permissions section is stale; run `npx tsx scripts/docs-api.ts`')
      process.exit(1)
    }
  } else if (next !== doc) {
    fs.writeFileSync(API_DOC, next)
    console.log('docs/api.md: permissions section written')
  }
}
