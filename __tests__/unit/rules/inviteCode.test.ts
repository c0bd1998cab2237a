import { INVITE_CODE_ALPHABET, INVITE_CODE_LENGTH, isInviteCode, newInviteCode, normalizeInviteCode } from '../../../cloudfunctions/core/rules/inviteCode'

describe('invite codes', () => {
  it('has no characters that read alike', () => {
    for (const ch of '0O1IL2Z5S8BUVDQJ') expect(INVITE_CODE_ALPHABET).not.toContain(ch)
    expect(new Set(INVITE_CODE_ALPHABET).size).toBe(INVITE_CODE_ALPHABET.length)
  })

  it('draws 6 characters from the alphabet with the given random source', () => {
    expect(newInviteCode(() => 0)).toBe(INVITE_CODE_ALPHABET[0].repeat(INVITE_CODE_LENGTH))
    let i = 0
    const code = newInviteCode((n) => (i++ * 7) % n)
    expect(code).toHaveLength(6)
    expect(isInviteCode(code)).toBe(true)
  })

  it('accepts what a person types: spaces, dashes, lower case', () => {
    expect(normalizeInviteCode(' ac-ef gh ')).toBe('ACEFGH')
    expect(isInviteCode(normalizeInviteCode('ac-ef gh'))).toBe(true)
  })

  it('rejects other lengths and look-alike characters', () => {
    expect(isInviteCode('ACEFG')).toBe(false)
    expect(isInviteCode('ACEFGHK')).toBe(false)
    expect(isInviteCode('ACEF0H')).toBe(false)
    expect(isInviteCode(123456)).toBe(false)
  })
})
