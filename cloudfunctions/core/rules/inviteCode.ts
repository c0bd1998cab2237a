// Cleaner invite codes: 6 characters a person can read aloud and type without mix-ups. The alphabet leaves out
// look-alikes (0/O/D/Q, 1/I/L/J, 2/Z, 5/S, 8/B, U/V). A code is case-insensitive and is used once.
export const INVITE_CODE_ALPHABET = '3467ACEFGHKMNPRTWXY'
export const INVITE_CODE_LENGTH = 6

/** A fresh code; `randomInt(n)` returns an integer in [0, n) (crypto.randomInt in the handlers). */
export function newInviteCode(randomInt: (n: number) => number): string {
  let code = ''
  for (let i = 0; i < INVITE_CODE_LENGTH; i++) code += INVITE_CODE_ALPHABET[randomInt(INVITE_CODE_ALPHABET.length)]
  return code
}

/** What the person typed, as stored: spaces and dashes dropped, upper case. */
export function normalizeInviteCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase()
}

export function isInviteCode(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== INVITE_CODE_LENGTH) return false
  return Array.from(value).every((c) => INVITE_CODE_ALPHABET.includes(c))
}
