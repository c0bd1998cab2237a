// Finding a word in free Chinese text (a complaint's description, a drill answer). Chinese has no spaces between
// words, so a phrase is matched as written, a phrase that merely contains it can be excluded (偷懒 is not 偷), and a
// mention right after a negation (没有受伤, 未丢失, 不是被偷) does not count.

// The negation may be followed by 被: 没被偷, 不是被偷.
const NEGATED_BEFORE = /(没有?|并?未|无|不是?|别)被?$/

/** Full-width letters and digits folded (ＮＦＫＣ), lower case, no whitespace. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '')
}

export interface MentionOptions {
  /** Phrases that contain a word without meaning it, e.g. 偷懒 for 偷. */
  exclude?: readonly string[]
}

/** The first of `words` the text mentions (not negated, not inside an excluded phrase), or null. */
export function findMention(text: string, words: readonly string[], options: MentionOptions = {}): string | null {
  let haystack = normaliseText(text)
  for (const phrase of options.exclude ?? []) {
    const folded = normaliseText(phrase)
    if (folded) haystack = haystack.split(folded).join('\u0000'.repeat(folded.length))
  }
  for (const word of words) {
    const needle = normaliseText(word)
    if (!needle) continue
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
      if (!NEGATED_BEFORE.test(haystack.slice(Math.max(0, at - 3), at))) return word
    }
  }
  return null
}
