import crypto from 'node:crypto'
import { loadSecrets, dataKeyOf } from '../../../cloudfunctions/core/security/secrets'
import { decryptField, encryptField, sealedKeyId } from '../../../cloudfunctions/core/security/crypto'
import { isAppError } from '../../../cloudfunctions/core/contract/errors'

const hex = () => crypto.randomBytes(32).toString('hex')

describe('the keys come only from the environment', () => {
  it('refuses to run without them (INTERNAL, naming the settings, never a generated key)', () => {
    for (const env of [{}, { JZ_TOKEN_SECRET: hex() }, { JZ_TOKEN_SECRET: hex(), JZ_DATA_KEY: 'short' }, { JZ_TOKEN_SECRET: hex(), JZ_DATA_KEY: hex(), JZ_DATA_KEYS_OLD: 'nope' }]) {
      let error: unknown
      try { loadSecrets(env) } catch (e) { error = e }
      expect(isAppError(error) && error.code).toBe('INTERNAL')
      expect((error as Error).message).toMatch(/JZ_TOKEN_SECRET 与 JZ_DATA_KEY/)
    }
  })

  it('reads the current key and the old ones, current first', () => {
    const [token, current, old] = [hex(), hex(), hex()]
    const s = loadSecrets({ JZ_TOKEN_SECRET: token, JZ_DATA_KEY: current, JZ_DATA_KEYS_OLD: ` ${old} ` })
    expect(s.tokenSecret.toString('hex')).toBe(token)
    expect(s.dataKeys.map((k) => k.key.toString('hex'))).toEqual([current, old])
    expect(s.dataKey.kid).toMatch(/^[0-9a-f]{8}$/)
    expect(s.dataKey.kid).not.toBe(s.dataKeys[1].kid)
  })
})

describe('sealed values carry their key id', () => {
  it('seals with v2:<kid>, opens with the key it names, and still opens v1 values with any known key', () => {
    const a = dataKeyOf(hex())
    const b = dataKeyOf(hex())
    const sealed = encryptField('13812345678', a)
    expect(sealedKeyId(sealed)).toBe(a.kid)
    expect(decryptField(sealed, [b, a])).toBe('13812345678')
    expect(() => decryptField(sealed, [b])).toThrow(/no data key/)
    const iv = crypto.randomBytes(12)
    const cipher = crypto.createCipheriv('aes-256-gcm', a.key, iv)
    const ct = Buffer.concat([cipher.update('hello', 'utf8'), cipher.final()])
    const v1 = ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ct.toString('base64url')].join(':')
    expect(sealedKeyId(v1)).toBeNull()
    expect(decryptField(v1, [b, a])).toBe('hello')
  })
})
