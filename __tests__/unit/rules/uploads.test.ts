// Upload rules: image types by their magic bytes, the shape of an issued upload path, its lifetime, and the verdict
// on stored content.
import {
  sniffImage, cloudPathOf, issuedUploadOf, uploadPathLive, judgeUploadContent, MAX_UPLOAD_BYTES, UPLOAD_PATH_TTL_MS
} from '../../../cloudfunctions/core/rules/uploads'

const hex = (s: string) => Buffer.from(s, 'hex')
const PNG = hex('89504e470d0a1a0a0000000d49484452')
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])
const GIF = Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1')
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x24, 0, 0, 0]), Buffer.from('WEBPVP8 ')])
const ID = '0123456789abcdef0123456789abcdef'

it('knows the four image types by their bytes, and nothing else', () => {
  expect([PNG, JPEG, GIF, WEBP].map(sniffImage)).toEqual(['image/png', 'image/jpeg', 'image/gif', 'image/webp'])
  expect(sniffImage(Buffer.from('<html><script>alert(1)</script>'))).toBeUndefined()
  expect(sniffImage(Buffer.from('GIF87'))).toBeUndefined()
  expect(sniffImage(Buffer.from('RIFF\0\0\0\0WAVE'))).toBeUndefined()
  expect(sniffImage(new Uint8Array(0))).toBeUndefined()
})

it('reads the storage path of a file id', () => {
  expect(cloudPathOf(`cloud://prod-1a2b.7072-prod-1a2b-1300000000/uploads/${ID}.jpg`)).toBe(`uploads/${ID}.jpg`)
  expect(cloudPathOf('cloud://env-only')).toBeUndefined()
  expect(cloudPathOf('https://example.com/a.jpg')).toBeUndefined()
})

it('accepts only an issued path: uploads/<32 hex> plus an image extension', () => {
  expect(issuedUploadOf(`cloud://e.b/uploads/${ID}.jpg`)).toEqual({ id: ID, extension: '.jpg' })
  expect(issuedUploadOf(`cloud://e.b/uploads/${ID}.webp`)).toEqual({ id: ID, extension: '.webp' })
  for (const bad of [`uploads/${ID}.txt`, `uploads/${ID}`, `uploads/${ID.slice(1)}.jpg`, `uploads/${ID.toUpperCase()}.jpg`,
    `complaints/${ID}.jpg`, `uploads/${ID}/x.jpg`, `uploads/../${ID}.jpg`]) {
    expect(issuedUploadOf(`cloud://e.b/${bad}`)).toBeUndefined()
  }
})

it('an issued path lives for its TTL, to the millisecond', () => {
  const at = new Date('2026-12-02T10:00:00Z')
  expect(uploadPathLive(at, new Date(at.getTime() + UPLOAD_PATH_TTL_MS))).toBe(true)
  expect(uploadPathLive(at, new Date(at.getTime() + UPLOAD_PATH_TTL_MS + 1))).toBe(false)
})

it('judges stored content: an image of the type its extension says, not empty, not too large', () => {
  expect(judgeUploadContent(PNG, '.png')).toEqual({ ok: true, type: 'image/png' })
  expect(judgeUploadContent(JPEG, '.jpeg')).toEqual({ ok: true, type: 'image/jpeg' })
  expect(judgeUploadContent(JPEG, '.png')).toEqual({ ok: false, reason: 'mismatch' })
  expect(judgeUploadContent(Buffer.from('<html>'), '.gif')).toEqual({ ok: false, reason: 'not_image' })
  expect(judgeUploadContent(new Uint8Array(0), '.jpg')).toEqual({ ok: false, reason: 'empty' })
  const big = Buffer.alloc(MAX_UPLOAD_BYTES + 1)
  JPEG.copy(big)
  expect(judgeUploadContent(big, '.jpg')).toEqual({ ok: false, reason: 'too_large' })
})
