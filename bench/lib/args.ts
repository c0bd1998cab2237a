// Command-line arguments of the bench scripts: `--flag` switches and `--name value` options, nothing else.

export interface Args {
  /** Whether the switch was given. */
  has(flag: string): boolean
  /** The value after `name`, or undefined when it was not given (an error when it has no value). */
  val(name: string): string | undefined
}

/** Rejects any argument not in `flags` or `valued` (with `usage`); on --help prints `usage` and exits. */
export function readArgs(argv: string[], flags: Set<string>, valued: Set<string>, usage: string): Args {
  for (let i = 0; i < argv.length; i++) {
    if (valued.has(argv[i])) i++
    else if (!flags.has(argv[i])) throw new Error(`unknown argument ${argv[i]}\n${usage}`)
  }
  if (argv.includes('--help')) {
    console.log(usage)
    process.exit(0)
  }
  const has = (f: string) => argv.includes(f)
  const val = (f: string) => {
    const i = argv.indexOf(f)
    if (i < 0) return undefined
    const v = argv[i + 1]
    if (v === undefined || v.startsWith('--')) throw new Error(`${f} needs a value`)
    return v
  }
  return { has, val }
}

/** A comma-separated list, trimmed, without empty items. */
export const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean)
