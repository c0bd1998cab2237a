// Builds the H5 pages when dist/h5 is missing or older than the sources (npm start and the e2e tests use it).
// Builds are serialized with a lock folder: two e2e files starting at once (jest workers) would otherwise run two
// `taro build`s into the same dist/h5, each wiping what the other wrote.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'

const ROOT = path.resolve(__dirname, '..')
export const H5_DIR = path.join(ROOT, 'dist/h5')
const LOCK = path.join(ROOT, 'dist/.h5-build.lock')
/** A lock older than this is left over from a build that was killed. */
const LOCK_STALE_MS = 10 * 60_000

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

/** Runs `work` while holding the build lock, waiting (up to the stale limit) for another process that holds it. */
function withBuildLock<T>(work: () => T): T {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true })
  const waitUntil = Date.now() + LOCK_STALE_MS
  for (;;) {
    try {
      fs.mkdirSync(LOCK)
      break
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
      let age = 0
      try {
        age = Date.now() - fs.statSync(LOCK).mtimeMs
      } catch {
        continue // released meanwhile
      }
      if (age > LOCK_STALE_MS || Date.now() > waitUntil) fs.rmSync(LOCK, { recursive: true, force: true })
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500) // a synchronous pause between looks
    }
  }
  try {
    return work()
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true })
  }
}

function buildIfStale(log: (s: string) => void): boolean {
  if (!h5IsStale()) return true
  log('building the H5 pages (taro build --type h5)...')
  const r = spawnSync('npx', ['taro', 'build', '--type', 'h5'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' }
  })
  return r.status === 0
}

/** Build dist/h5 if stale; returns false when the build failed. */
export function ensureH5Build(log: (s: string) => void = console.log): boolean {
  return withBuildLock(() => buildIfStale(log))
}

/**
 * A private copy of an up-to-date H5 build, in a new temporary folder (the caller removes it), or null when the build
 * failed. An end-to-end test serves the copy, so a rebuild of dist/h5 meanwhile (sources edited while the test runs,
 * another test file) cannot pull pages from under it.
 */
export function h5BuildSnapshot(log: (s: string) => void = console.log): string | null {
  return withBuildLock(() => {
    if (!buildIfStale(log)) return null
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jz-h5-'))
    fs.cpSync(H5_DIR, dir, { recursive: true })
    return dir
  })
}

if (require.main === module) {
  process.exit(ensureH5Build() ? 0 : 1)
}
