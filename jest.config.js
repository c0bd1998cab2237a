// Four kinds of tests, each its own jest project:
//   unit         pure rules, no I/O
//   integration  real cloud functions through the real SDK against a local CloudBase
//   pages        React pages rendered with @testing-library/react (jsdom)
//   e2e          the H5 build in Debian chromium (playwright-core)
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2020' }, module: { type: 'commonjs' } }]
const base = { transform: { '^.+\\.(t|j)sx?$': swc }, testEnvironment: 'node' }
module.exports = {
  // testTimeout is global in jest 29 (ignored inside projects); e2e files raise it with jest.setTimeout
  testTimeout: 60000,
  globalSetup: '<rootDir>/__tests__/helpers/globalSetup.ts',
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/__tests__/unit/**/*.test.ts'] },
    { ...base, displayName: 'integration', testMatch: ['<rootDir>/__tests__/integration/**/*.test.ts'] },
    {
      ...base,
      displayName: 'pages',
      testMatch: ['<rootDir>/__tests__/pages/**/*.test.tsx'],
      testEnvironment: 'jsdom',
      // Real pages with Taro swapped for small test doubles (support/); only the network answer is faked.
      moduleNameMapper: {
        '^@tarojs/taro$': '<rootDir>/__tests__/pages/support/taro.ts',
        '^@tarojs/components$': '<rootDir>/__tests__/pages/support/components.tsx',
        '\\.(css|scss)$': '<rootDir>/__tests__/pages/support/style.ts',
        '^@core/(.*)$': '<rootDir>/cloudfunctions/core/$1',
        '^@/(.*)$': '<rootDir>/src/$1'
      },
      setupFilesAfterEnv: ['<rootDir>/__tests__/pages/support/setup.ts']
    },
    { ...base, displayName: 'e2e', testMatch: ['<rootDir>/__tests__/e2e/**/*.test.ts'] }
  ]
}
