#!/usr/bin/env node
// Runs before `npm start` and `npm test` (prestart / pretest), so the README's two commands work right after
// `git clone` on a machine with only Node and npm. Plain JavaScript with no dependencies: it runs before there are any.
//   1. node_modules missing, or installed from another package-lock.json: `npm ci`.
//   2. `node scripts/bootstrap.js browser` (npm test): the end-to-end tests need Debian's chromium and CJK fonts; as
//      root on Debian they are installed with apt-get, elsewhere it stops at once with one line that says what to run.
'use strict'
const fs = require('node:fs')
const path = require('node:path')
const crypto = require('node:crypto')
const { spawnSync } = require('node:child_process')

const ROOT = path.resolve(__dirname, '..')
const LOCK = path.join(ROOT, 'package-lock.json')
const MODULES = path.join(ROOT, 'node_modules')
const STAMP = path.join(MODULES, '.jz-installed')
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

function lockHash() {
  return crypto.createHash('sha256').update(fs.readFileSync(LOCK)).digest('hex')
}

function mtime(file) {
  try { return fs.statSync(file).mtimeMs } catch { return 0 }
}

/** Why node_modules must be (re)installed, or undefined when it matches package-lock.json. */
function installReason() {
  if (!fs.existsSync(MODULES)) return 'node_modules 不存在'
  const hash = lockHash()
  if (fs.existsSync(STAMP)) return fs.readFileSync(STAMP, 'utf8').trim() === hash ? undefined : 'package-lock.json 已变更'
  // installed by hand (npm ci / npm install): npm's own record of the tree must be at least as new as the lock
  const hidden = mtime(path.join(MODULES, '.package-lock.json'))
  if (hidden && hidden + 2000 >= mtime(LOCK)) {
    fs.writeFileSync(STAMP, hash + '\n')
    return undefined
  }
  return 'node_modules 比 package-lock.json 旧'
}

function ensureModules() {
  const reason = installReason()
  if (!reason) return
  console.log(`[bootstrap] ${reason}，正在安装依赖 (npm ci)...`)
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const r = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: ROOT, stdio: 'inherit' })
  if (r.status !== 0) {
    console.error('[bootstrap] 依赖安装失败（见上方输出）。修好后重新运行即可。')
    process.exit(r.status || 1)
  }
  fs.writeFileSync(STAMP, lockHash() + '\n')
}

function ensureBrowser() {
  if (fs.existsSync(CHROMIUM)) return
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  const hasApt = fs.existsSync('/usr/bin/apt-get')
  if (!isRoot || !hasApt || process.env.CHROMIUM_PATH) {
    console.error(`[bootstrap] 端到端测试需要 Chromium（没有找到 ${CHROMIUM}）：请运行 sudo apt-get install -y chromium fonts-noto-cjk，或设置 CHROMIUM_PATH 指向已安装的 Chromium。`)
    process.exit(1)
  }
  console.log('[bootstrap] 没有找到 Chromium，正在安装 chromium 和 fonts-noto-cjk (apt-get)...')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk']]) {
    const r = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env })
    if (r.status !== 0) {
      console.error(`[bootstrap] apt-get ${args[0]} 失败：请手动运行 apt-get install -y chromium fonts-noto-cjk`)
      process.exit(1)
    }
  }
  if (!fs.existsSync(CHROMIUM)) {
    console.error(`[bootstrap] 安装后仍没有 ${CHROMIUM}：请手动安装 Chromium，或设置 CHROMIUM_PATH。`)
    process.exit(1)
  }
}

ensureModules()
if (process.argv.includes('browser')) ensureBrowser()
