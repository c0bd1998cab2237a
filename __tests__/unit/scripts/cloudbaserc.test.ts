import fs from 'node:fs'
import { CLOUDBASERC, cloudbaserc, render } from '../../../scripts/cloudbaserc'

test('cloudbaserc.json is up to date with the functions (npx tsx scripts/cloudbaserc.ts)', () => {
  expect(fs.readFileSync(CLOUDBASERC, 'utf8')).toBe(render())
})

test('every timer function deploys with its trigger and no timeout over 60 s', () => {
  const fns = cloudbaserc().functions as any[]
  expect(fns.map((f) => f.name)).toEqual(expect.arrayContaining(['admin', 'booking', 'cleaner', 'nightly', 'user']))
  expect(fns.find((f) => f.name === 'nightly').triggers[0].config).toBe('0 0 2 * * * *')
  for (const f of fns) expect(f.timeout).toBeLessThanOrEqual(60)
})

test('every function is deployed with the keys it reads from its environment (never from the database)', () => {
  const { SECRET_ENV } = require('../../../cloudfunctions/core/security/secrets')
  for (const f of cloudbaserc().functions as any[]) {
    expect(Object.keys(f.envVariables).sort()).toEqual([...SECRET_ENV].sort())
  }
})
