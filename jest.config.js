// Four kinds of tests, each its own jest project:
//   unit         pure rules, no I/O
//   integration  real cloud functions through the real SDK against a local CloudBase
//   pages        React pages rendered with @testing-library/react (jsdom)
//   e2e          the H5 build in Debian chromium (playwright-core)
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2020' }, module: { type: 'commonjs' } }]
const base = { transform: { '^.+\\.(t|j)sx?$': swc }, testEnvironment: 'node' }
module.exports = {
  globalSetup: '<rootDir>/__tests__/helpers/globalSetup.ts',
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/__tests__/unit/**/*.test.ts'] },
    { ...base, displayName: 'integration', testMatch: ['<rootDir>/__tests__/integration/**/*.test.ts'], testTimeout: 60000 },
    { ...base, displayName: 'pages', testMatch: ['<rootDir>/__tests__/pages/**/*.test.tsx'], testEnvironment: 'jsdom' },
    { ...base, displayName: 'e2e', testMatch: ['<rootDir>/__tests__/e2e/**/*.test.ts'], testTimeout: 180000 }
  ]
}
