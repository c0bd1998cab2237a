// The reader threads' script. Workers do not get the TypeScript transform of their parent (jest's swc, tsx), so
// reader-worker.ts is bundled with esbuild into plain CommonJS under build/local/, with every package left external
// (better-sqlite3, mingo and bson resolve from node_modules as usual). The bundle holds the very modules the main
// thread uses (reads, planner, query, ejson, errors), compiled from the same files: a change there reaches the
// readers at the next start. A manifest of the inputs' sizes and mtimes skips the build when nothing changed.
import fs from 'node:fs'
import path from 'node:path'
import crypto from 'node:crypto'

const ENTRY = path.join(__dirname, 'reader-worker.ts')
const ROOT = path.resolve(__dirname, '../..')
const OUT_DIR = path.join(ROOT, 'build/local')
const MANIFEST = path.join(OUT_DIR, 'reader-worker.json')

interface Manifest { output: string; inputs: Record<string, string> }

const stamp = (file: string): string => {
  const st = fs.statSync(file, { throwIfNoEntry: false })
  return st ? `${st.size}:${st.mtimeMs}` : 'missing'
}

/** Path of an up-to-date bundle of reader-worker.ts (built now if its sources changed). */
export function readerWorkerScript(): string {
  const cached = readManifest()
  if (cached && fs.existsSync(cached.output) && Object.entries(cached.inputs).every(([f, s]) => stamp(f) === s)) return cached.output
  // required here, not at the top: only a start that must build pays for loading esbuild
  const esbuild = require('esbuild') as typeof import('esbuild')
  const result = esbuild.buildSync({
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    packages: 'external',
    write: false,
    absWorkingDir: ROOT,
    metafile: true,
    logLevel: 'silent'
  })
  const code = result.outputFiles[0].text
  const hash = crypto.createHash('sha256').update(code).digest('hex').slice(0, 16)
  fs.mkdirSync(OUT_DIR, { recursive: true })
  const output = path.join(OUT_DIR, `reader-worker-${hash}.cjs`)
  if (!fs.existsSync(output)) writeAtomically(output, code)
  const inputs: Record<string, string> = {}
  for (const rel of Object.keys(result.metafile.inputs)) {
    const file = path.resolve(ROOT, rel)
    inputs[file] = stamp(file)
  }
  writeAtomically(MANIFEST, JSON.stringify({ output, inputs } satisfies Manifest, null, 1))
  return output
}

function readManifest(): Manifest | undefined {
  try {
    return JSON.parse(fs.readFileSync(MANIFEST, 'utf8')) as Manifest
  } catch {
    return undefined
  }
}

/** Several processes (jest workers) may build at once: each writes a temporary file and renames it into place. */
function writeAtomically(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`
  fs.writeFileSync(tmp, text)
  fs.renameSync(tmp, file)
}
