// Checks the weapp build against WeChat's code-package limits: main package and each sub-package <= 2 MB, all <= 20 MB.
// Usage: npm run size:weapp [-- <dist dir>]   (default dist/weapp; exits 1 when a limit is exceeded)
import fs from 'node:fs'
import path from 'node:path'

export const WEAPP_LIMITS = {
  packageBytes: 2 * 1024 * 1024,
  totalBytes: 20 * 1024 * 1024
}

export interface PackageSize {
  /** '' for the main package, otherwise the sub-package root as written in app.json, without a trailing slash */
  root: string
  bytes: number
}

export interface PackageSizes {
  main: PackageSize
  subPackages: PackageSize[]
  totalBytes: number
}

// Project files for WeChat DevTools, not part of any uploaded code package.
const NOT_PACKAGED = new Set(['project.config.json', 'project.private.config.json'])

interface AppJson {
  subPackages?: Array<{ root: string }>
  subpackages?: Array<{ root: string }>
}

function subPackageRoots(dir: string): string[] {
  const appJsonPath = path.join(dir, 'app.json')
  if (!fs.existsSync(appJsonPath)) {
    throw new Error(`${appJsonPath} not found: build the mini-program first (npm run build:weapp)`)
  }
  const appJson = JSON.parse(fs.readFileSync(appJsonPath, 'utf8')) as AppJson
  const declared = [...(appJson.subPackages ?? []), ...(appJson.subpackages ?? [])]
  return [...new Set(declared.map((pkg) => pkg.root.replace(/^\.?\/+/, '').replace(/\/+$/, '')))]
}

function listFiles(dir: string, prefix = ''): Array<{ relPath: string; bytes: number }> {
  const files: Array<{ relPath: string; bytes: number }> = []
  for (const entry of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const relPath = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) {
      files.push(...listFiles(dir, relPath))
    } else if (entry.isFile()) {
      files.push({ relPath, bytes: fs.statSync(path.join(dir, relPath)).size })
    }
  }
  return files
}

/** Sizes of the main package and of each sub-package declared in `<dir>/app.json`. */
export function measurePackages(dir: string): PackageSizes {
  const roots = subPackageRoots(dir)
  const main: PackageSize = { root: '', bytes: 0 }
  const subPackages: PackageSize[] = roots.map((root) => ({ root, bytes: 0 }))

  for (const file of listFiles(dir)) {
    if (NOT_PACKAGED.has(file.relPath)) continue
    const owner = subPackages.find((pkg) => file.relPath.startsWith(`${pkg.root}/`)) ?? main
    owner.bytes += file.bytes
  }

  const totalBytes = subPackages.reduce((sum, pkg) => sum + pkg.bytes, main.bytes)
  return { main, subPackages, totalBytes }
}

/** Every limit the sizes break, one line each; empty when the build fits. */
export function sizeViolations(sizes: PackageSizes, limits = WEAPP_LIMITS): string[] {
  const violations: string[] = []
  for (const pkg of [sizes.main, ...sizes.subPackages]) {
    if (pkg.bytes > limits.packageBytes) {
      violations.push(`${packageLabel(pkg)} is ${kb(pkg.bytes)}, over the ${kb(limits.packageBytes)} limit`)
    }
  }
  if (sizes.totalBytes > limits.totalBytes) {
    violations.push(`total is ${kb(sizes.totalBytes)}, over the ${kb(limits.totalBytes)} limit`)
  }
  return violations
}

function packageLabel(pkg: PackageSize): string {
  return pkg.root === '' ? 'main package' : `sub-package ${pkg.root}/`
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`
}

function main(): void {
  const dir = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'dist', 'weapp'))
  let sizes: PackageSizes
  try {
    sizes = measurePackages(dir)
  } catch (error) {
    console.error(`FAIL: ${(error as Error).message}`)
    process.exit(1)
  }
  const rows: Array<[string, number]> = [
    [packageLabel(sizes.main), sizes.main.bytes],
    ...sizes.subPackages.map((pkg): [string, number] => [packageLabel(pkg), pkg.bytes]),
    ['total', sizes.totalBytes]
  ]
  console.log(`weapp package sizes (${path.relative(process.cwd(), dir) || dir})`)
  for (const [label, bytes] of rows) {
    console.log(`  ${label.padEnd(28)}${kb(bytes).padStart(12)}`)
  }

  const violations = sizeViolations(sizes)
  if (violations.length > 0) {
    for (const violation of violations) console.error(`FAIL: ${violation}`)
    process.exit(1)
  }
  console.log(`OK: every package <= ${kb(WEAPP_LIMITS.packageBytes)}, total <= ${kb(WEAPP_LIMITS.totalBytes)}`)
}

if (require.main === module) {
  main()
}
