// Photo uploads as rules: which image types are accepted (by their magic bytes, never their name), and the shape of
// a mini-program upload's path. A mini-program uploads straight to storage (wx.cloud.uploadFile), so the server first
// issues a random path `uploads/<32 hex>` to the caller (recorded as pending, owned by the caller), the client adds
// its extension, and registering the upload accepts only a path issued to the same caller (core/data/uploads.ts).

export const IMAGE_TYPES_BY_EXTENSION: Readonly<Record<string, string>> = {
  '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp', '.gif': 'image/gif'
}

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024
/** how long an issued path may be registered (an upload on a weak connection takes a minute, not an hour) */
export const UPLOAD_PATH_TTL_MS = 60 * 60 * 1000
/** issued, not yet registered paths one caller may hold at once (each issue writes a record) */
export const PENDING_UPLOADS_MAX = 20
export const UPLOAD_FOLDER = 'uploads/'

/** The image type by the magic numbers at the start of the content; undefined if it is none of the accepted ones. */
export function sniffImage(b: Uint8Array): string | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...b.subarray(from, to))
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg'
  if (b.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((x, i) => b[i] === x)) return 'image/png'
  if (b.length >= 6 && ['GIF87a', 'GIF89a'].includes(ascii(0, 6))) return 'image/gif'
  if (b.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp'
  return undefined
}

/** The storage path of a file id ('cloud://<env>.<bucket>/<path>'), or undefined when it is not one. */
export function cloudPathOf(fileID: string): string | undefined {
  const m = /^cloud:\/\/[^/]+\/(.+)$/.exec(fileID)
  return m?.[1]
}

export interface IssuedUpload { id: string; extension: string }

/** A file id under an issued path: `uploads/<32 hex>` plus an image extension; undefined for any other path. */
export function issuedUploadOf(fileID: string): IssuedUpload | undefined {
  const p = cloudPathOf(fileID)
  const m = p ? /^uploads\/([0-9a-f]{32})(\.[a-z]{3,4})$/.exec(p) : null
  if (!m || !IMAGE_TYPES_BY_EXTENSION[m[2]]) return undefined
  return { id: m[1], extension: m[2] }
}

/** Whether a path issued at `issuedAt` may still be registered at `now`. */
export function uploadPathLive(issuedAt: Date, now: Date): boolean {
  return now.getTime() - issuedAt.getTime() <= UPLOAD_PATH_TTL_MS
}

export type UploadContentVerdict = { ok: true; type: string } | { ok: false; reason: 'empty' | 'too_large' | 'not_image' | 'mismatch' }

/** Whether stored content may stand as the photo its name says: an accepted image, of the type of its extension. */
export function judgeUploadContent(body: Uint8Array, extension: string): UploadContentVerdict {
  if (!body.length) return { ok: false, reason: 'empty' }
  if (body.length > MAX_UPLOAD_BYTES) return { ok: false, reason: 'too_large' }
  const type = sniffImage(body)
  if (!type) return { ok: false, reason: 'not_image' }
  if (IMAGE_TYPES_BY_EXTENSION[extension] !== type) return { ok: false, reason: 'mismatch' }
  return { ok: true, type }
}
