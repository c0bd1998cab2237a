import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { measurePackages, sizeViolations, WEAPP_LIMITS } from '../../../scripts/check-weapp-size'

function makeBuild(files: Record<string, number>, appJson: object): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weapp-size-'))
  fs.writeFileSync(path.join(dir, 'app.json'), JSON.stringify(appJson))
  for (const [rel, bytes] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    fs.writeFileSync(path.join(dir, rel), Buffer.alloc(bytes))
  }
  return dir
}

describe('measurePackages', () => {
  it('splits files between the main package and the sub-package roots in app.json', () => {
    const appJson = { pages: ['pages/home/index'], subPackages: [{ root: 'cleaner/' }], subpackages: [{ root: 'extra' }] }
    const dir = makeBuild({ 'app.js': 100, 'pages/home/index.js': 50, 'cleaner/jobs/index.js': 30, 'extra/a.js': 7, 'cleanerish/x.js': 5, 'project.config.json': 999 }, appJson)
    const sizes = measurePackages(dir)
    const appJsonBytes = Buffer.byteLength(JSON.stringify(appJson))
    expect(sizes.main.bytes).toBe(100 + 50 + 5 + appJsonBytes)
    expect(sizes.subPackages).toEqual([{ root: 'cleaner', bytes: 30 }, { root: 'extra', bytes: 7 }])
    expect(sizes.totalBytes).toBe(sizes.main.bytes + 37)
    expect(sizeViolations(sizes)).toEqual([])
  })

  it('reports every package over 2 MB and a total over 20 MB', () => {
    const sizes = { main: { root: '', bytes: WEAPP_LIMITS.packageBytes + 1 }, subPackages: [{ root: 'cleaner', bytes: WEAPP_LIMITS.packageBytes }], totalBytes: WEAPP_LIMITS.totalBytes + 1 }
    expect(sizeViolations(sizes)).toHaveLength(2)
  })

  it('explains a missing build', () => {
    expect(() => measurePackages(fs.mkdtempSync(path.join(os.tmpdir(), 'weapp-size-')))).toThrow(/build:weapp/)
  })
})
