// The pure parts of the local CloudBase's caller checks: the signature verifier against the SDK's own signer (with a
// clock of our choosing: freshness, replay memory and its expiry), the hosts a server answers to, and file typing.
import { sign } from '@cloudbase/signature-nodejs'
import { SignatureVerifier, MAX_SKEW_SEC, paramsHash } from '../../../local/security/signature'
import { allowedHosts } from '../../../local/http/guard'
import { servedHeaders, sniffImage } from '../../../local/files/files'

const KEYS = { secretId: 'AKIDunit0000', secretKey: 'unit-secret-key-0123456789' }
const URL_ = 'http://127.0.0.1:8787/admin?env=local&seqId=abc_1'
const T0 = 1_800_000_000

function signed(params: Record<string, unknown>, timestamp = T0, keys = KEYS, url = URL_) {
  const headers = { 'content-type': 'application/json', host: new URL(url).host, 'x-client-timestamp': '1800000000123', 'user-agent': 'tcb-node-sdk/3.18.3' }
  const s = sign({ ...keys, method: 'post', url, params, headers, withSignedParams: true, timestamp })
  return {
    method: 'POST',
    url: url.slice(url.indexOf('/admin')),
    headers: { ...headers, authorization: s.authorization, 'x-timestamp': String(s.timestamp) },
    params
  }
}

describe('SignatureVerifier', () => {
  const params = { action: 'database.getDocument', collectionName: 'c', query: '{"a":1}', limit: 5, multi: false, empty: '', nested: { b: [1, 'x'] } }

  test('accepts what the SDK signs, once', () => {
    let now = T0
    const v = new SignatureVerifier(KEYS, () => now)
    const req = signed(params)
    expect(v.verify(req)).toEqual({ ok: true })
    expect(v.verify(req)).toMatchObject({ ok: false, reason: expect.stringMatching(/重复/) })
    now += 1
    expect(v.verify(signed({ ...params, limit: 6 }))).toEqual({ ok: true })
  })

  test('refuses other keys, changed params, a changed signed header, and stale or future timestamps', () => {
    const v = new SignatureVerifier(KEYS, () => T0)
    expect(v.verify(signed(params, T0, { ...KEYS, secretKey: 'other-secret-key-000000000' })).ok).toBe(false)
    expect(v.verify(signed(params, T0, { ...KEYS, secretId: 'AKIDother000' })).ok).toBe(false)
    expect(v.verify({ ...signed(params), params: { ...params, collectionName: 'd' } }).ok).toBe(false)
    const r = signed(params)
    expect(v.verify({ ...r, headers: { ...r.headers, 'x-client-timestamp': '1' } }).ok).toBe(false)
    expect(v.verify({ ...r, headers: { ...r.headers, authorization: undefined } }).ok).toBe(false)
    expect(v.verify(signed(params, T0 - MAX_SKEW_SEC - 1)).ok).toBe(false)
    expect(v.verify(signed(params, T0 + MAX_SKEW_SEC + 1)).ok).toBe(false)
    expect(v.verify(signed(params, T0 - MAX_SKEW_SEC)).ok).toBe(true)
  })

  test('a signature that has aged out of the window is forgotten, and still refused as stale', () => {
    let now = T0
    const v = new SignatureVerifier(KEYS, () => now)
    const req = signed(params)
    expect(v.verify(req).ok).toBe(true)
    now = T0 + MAX_SKEW_SEC + 20
    expect(v.verify(signed(params, now)).ok).toBe(true) // sweeps
    expect(v.verify(req)).toMatchObject({ ok: false, reason: expect.stringMatching(/过期/) })
  })

  test('the payload hash skips falsy values and reads keys case-insensitively, like the SDK', () => {
    expect(paramsHash({ a: '', b: undefined, c: 'x' })).toBe(paramsHash({ c: 'x' }))
    expect(paramsHash({ A: 'x' })).toBe(paramsHash({ a: 'x' }))
    expect(paramsHash({ a: 0 })).not.toBe(paramsHash({}))
  })
})

test('allowedHosts: the listening address, loopback names on loopback, extra names; 0.0.0.0 itself is not a host', () => {
  expect([...allowedHosts('127.0.0.1', 8787)].sort()).toEqual(['127.0.0.1:8787', '[::1]:8787', 'localhost:8787'])
  const open = allowedHosts('0.0.0.0', 80, ['jz.lan', 'jz.lan:8443'])
  expect(open.has('0.0.0.0:80')).toBe(false)
  expect(open.has('jz.lan:80')).toBe(true)
  expect(open.has('jz.lan:8443')).toBe(true)
  expect(allowedHosts('192.168.1.5', 8787).has('localhost:8787')).toBe(false)
})

test('files are typed by their bytes; anything not an image is served as a download', () => {
  expect(sniffImage(Buffer.from('GIF89a<html>'))).toBe('image/gif')
  expect(sniffImage(Buffer.from('GIF<html>'))).toBeUndefined()
  expect(sniffImage(Buffer.from('89504e470d0a1a0a00', 'hex'))).toBe('image/png')
  expect(sniffImage(Buffer.from('<svg onload=alert(1)>'))).toBeUndefined()
  expect(servedHeaders(Buffer.from('GIF89a<html>'), 'a.gif')).toMatchObject({ 'content-type': 'image/gif', 'x-content-type-options': 'nosniff' })
  expect(servedHeaders(Buffer.from('<html>'), 'a "x".jpg')).toMatchObject({
    'content-type': 'application/octet-stream', 'content-disposition': 'attachment; filename="a__x_.jpg"', 'x-content-type-options': 'nosniff'
  })
})
