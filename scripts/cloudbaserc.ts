// cloudbaserc.json is derived from each function's config.json, so the deployment can never disagree with what the
// local CloudBase runs. `npx tsx scripts/cloudbaserc.ts` rewrites it; a unit test fails when it is out of date.
//   tcb deploy / tcb fn deploy <name>   functions from build/functions (npm run build:functions first)
//   tcb framework deploy               the H5 build (admin page) to static hosting
// {{env.X}} values come from the environment or a .env file when tcb runs.
import fs from 'node:fs'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '..')
export const CLOUDBASERC = path.join(ROOT, 'cloudbaserc.json')
// CloudBase caps a function's timeout at 60 s (a timer job stops before its own budget; see core/jobs/chunked.ts)
const MAX_TIMEOUT_S = 60

export function cloudbaserc(): Record<string, unknown> {
  const src = path.join(ROOT, 'cloudfunctions')
  const names = fs.readdirSync(src).filter((n) => n !== 'core' && fs.existsSync(path.join(src, n, 'index.ts'))).sort()
  const functions = names.map((name) => {
    const cfgFile = path.join(src, name, 'config.json')
    const cfg = fs.existsSync(cfgFile) ? JSON.parse(fs.readFileSync(cfgFile, 'utf8')) : {}
    return {
      name,
      runtime: 'Nodejs16.13',
      handler: 'index.main',
      timeout: Math.min(Number(cfg.timeout ?? 20), MAX_TIMEOUT_S),
      memorySize: 256,
      installDependency: true,
      // the backend's keys come only from here (core/security/secrets.ts); JZ_DATA_KEYS_OLD only during a rotation
      envVariables: { JZ_TOKEN_SECRET: '{{env.JZ_TOKEN_SECRET}}', JZ_DATA_KEY: '{{env.JZ_DATA_KEY}}', JZ_DATA_KEYS_OLD: '{{env.JZ_DATA_KEYS_OLD}}' },
      ...(cfg.triggers ? { triggers: cfg.triggers } : {})
    }
  })
  return {
    version: '2.0',
    envId: '{{env.JZ_CLOUD_ENV}}',
    functionRoot: './build/functions',
    functions,
    framework: {
      name: 'jiazheng-lifecycle',
      plugins: {
        admin: { use: '@cloudbase/framework-plugin-website', inputs: { outputPath: 'dist/h5', cloudPath: '/' } }
      }
    }
  }
}

export function render(): string {
  return JSON.stringify(cloudbaserc(), null, 2) + '\n'
}

if (require.main === module) {
  fs.writeFileSync(CLOUDBASERC, render())
  console.log(`wrote ${path.relative(process.cwd(), CLOUDBASERC)}`)
}
