// Builds the H5 pages when dist/h5 is missing or older than the sources (npm start and the e2e tests use it).
import fs from 'node:fs'
import path from 'node:path'
import { spawnSync } from 'node:child_process'

const ROOT = path.resolve(__dirname, '..')
export const H5_DIR = path.join(ROOT, 'dist/h5')

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs)
  }
  return newest
}

export function h5IsStale(): boolean {
  const index = path.join(H5_DIR, 'index.html')
  if (!fs.existsSync(index)) return true
  const built = fs.statSync(index).mtimeMs
  return ['src', 'config', 'cloudfunctions/core/contract'].some((d) => fs.existsSync(path.join(ROOT, d)) && newestMtime(path.join(ROOT, d)) > built)
}

/** Build dist/h5 if stale; returns false when the build failed. */
export function ensureH5Build(log: (s: string) => void = console.log): boolean {
  if (!h5IsStale()) return true
  log('building the H5 pages (taro build --type h5)...')
  const r = spawnSync('npx', ['taro', 'build', '--type', 'h5'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' }
  })
  return r.status === 0
}

if (require.main === module) {
  process.exit(ensureH5Build() ? 0 : 1)
}
