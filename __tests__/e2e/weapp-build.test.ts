// The mini-program really builds for WeChat, stays within WeChat's package limits, and never ships the admin desk.
import fs from 'node:fs'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { measurePackages, sizeViolations } from '../../scripts/check-weapp-size'

const ROOT = path.resolve(__dirname, '../..')
const OUT = path.join(ROOT, 'dist/weapp')

jest.setTimeout(300_000)

beforeAll(() => {
  const r = spawnSync('npx', ['taro', 'build', '--type', 'weapp'], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' }
  })
  if (r.status !== 0) throw new Error(`weapp build failed:\n${r.stderr.slice(-4000)}`)
})

test('main package and every sub-package fit in 2 MB', () => {
  const sizes = measurePackages(OUT)
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`
  console.log(`weapp main package ${kb(sizes.main.bytes)}; ${sizes.subPackages.map((p) => `${p.root}/ ${kb(p.bytes)}`).join('; ')}; total ${kb(sizes.totalBytes)}`)
  expect(sizes.subPackages.map((p) => p.root)).toContain('cleaner')
  expect(sizeViolations(sizes)).toEqual([])
})

test('the admin pages are not in the mini-program', () => {
  const appJson = JSON.parse(fs.readFileSync(path.join(OUT, 'app.json'), 'utf8'))
  expect(JSON.stringify(appJson)).not.toMatch(/admin\//)
  expect(fs.existsSync(path.join(OUT, 'admin'))).toBe(false)
})
