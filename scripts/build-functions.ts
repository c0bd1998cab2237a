// Bundles each cloud function on its own (esbuild) into a deployable folder:
//   build/functions/<name>/index.js     everything but @cloudbase/node-sdk (CloudBase installs it from package.json)
//   build/functions/<name>/package.json
//   build/functions/<name>/config.json  timeout, timer triggers, open-API permissions (copied from the source)
import fs from 'node:fs'
import path from 'node:path'
import { buildSync } from 'esbuild'

const ROOT = path.resolve(__dirname, '..')
export const FUNCTIONS_SRC = path.join(ROOT, 'cloudfunctions')
export const FUNCTIONS_OUT = path.join(ROOT, 'build/functions')

export function functionNames(): string[] {
  return fs.readdirSync(FUNCTIONS_SRC).filter((n) => n !== 'core' && fs.existsSync(path.join(FUNCTIONS_SRC, n, 'index.ts')))
}

export function buildFunctions(outDir = FUNCTIONS_OUT, names = functionNames()): string[] {
  const sdkVersion = require('@cloudbase/node-sdk/package.json').version
  for (const name of names) {
    const out = path.join(outDir, name)
    fs.mkdirSync(out, { recursive: true })
    buildSync({
      entryPoints: [path.join(FUNCTIONS_SRC, name, 'index.ts')],
      outfile: path.join(out, 'index.js'),
      bundle: true,
      platform: 'node',
      target: 'node16',
      format: 'cjs',
      external: ['@cloudbase/node-sdk'],
      sourcemap: 'inline',
      logLevel: 'error'
    })
    const cfg = path.join(FUNCTIONS_SRC, name, 'config.json')
    fs.writeFileSync(path.join(out, 'config.json'), fs.existsSync(cfg) ? fs.readFileSync(cfg) : '{"timeout": 20}\n')
    fs.writeFileSync(path.join(out, 'package.json'), JSON.stringify({
      name, version: '1.0.0', private: true, main: 'index.js', dependencies: { '@cloudbase/node-sdk': sdkVersion }
    }, null, 2) + '\n')
  }
  return names
}

if (require.main === module) {
  const t = Date.now()
  const names = buildFunctions()
  console.log(`built ${names.length} functions (${names.join(', ')}) into build/functions in ${Date.now() - t} ms`)
}
