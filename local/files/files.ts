// File storage for photos: files live under <dataDir>/files/<cloudPath>; file IDs look like CloudBase's
// (cloud://<env>.<bucket>/<path>). Uploads and downloads go through short-lived signed URLs, as with COS.
import fs from 'node:fs'
import path from 'node:path'
import crypto from 'node:crypto'
import { invalidParam } from '../engine/errors'
import { sniffImage } from '../../cloudfunctions/core/rules/uploads'

export const MAX_FILE_BYTES = 10 * 1024 * 1024
export const ALLOWED_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp', '.gif': 'image/gif'
}
const PREFIX = 'cloud://local.local-bucket/'
const DOWNLOAD_URL_BUCKET_SEC = 3600
const SAFE = /^[A-Za-z0-9_\-\u4e00-\u9fa5][A-Za-z0-9_.\-/\u4e00-\u9fa5]{0,199}$/

export class FileStore {
  readonly root: string
  private secret: Buffer

  constructor(dataDir: string) {
    this.root = path.join(dataDir, 'files')
    fs.mkdirSync(this.root, { recursive: true })
    const keyFile = path.join(dataDir, 'files.key')
    if (!fs.existsSync(keyFile)) fs.writeFileSync(keyFile, crypto.randomBytes(32), { mode: 0o600 })
    this.secret = fs.readFileSync(keyFile)
  }

  checkPath(cloudPath: unknown): string {
    if (typeof cloudPath !== 'string' || !SAFE.test(cloudPath) || cloudPath.includes('..') || cloudPath.includes('//')) {
      throw invalidParam('cloudPath 不合法')
    }
    if (!ALLOWED_TYPES[path.extname(cloudPath).toLowerCase()]) throw invalidParam('只支持 jpg、png、webp、gif 图片')
    return cloudPath
  }

  fileId(cloudPath: string): string {
    return PREFIX + cloudPath
  }

  pathOf(fileId: unknown): string | undefined {
    if (typeof fileId !== 'string' || !fileId.startsWith(PREFIX)) return undefined
    try { return this.checkPath(fileId.slice(PREFIX.length)) } catch { return undefined }
  }

  sign(kind: 'up' | 'down', cloudPath: string, ttlSec: number): string {
    // a download URL expires at the end of an hour-long bucket, so the same photo gets the same URL on every request
    // for a while (browsers cache it; two views of one record agree); uploads keep their exact, short lifetime
    const until = Math.floor(Date.now() / 1000) + ttlSec
    const exp = kind === 'down' ? Math.ceil(until / DOWNLOAD_URL_BUCKET_SEC) * DOWNLOAD_URL_BUCKET_SEC : until
    const mac = crypto.createHmac('sha256', this.secret).update(`${kind}\n${cloudPath}\n${exp}`).digest('hex').slice(0, 32)
    return `${exp}.${mac}`
  }

  verify(kind: 'up' | 'down', cloudPath: string, token: unknown): boolean {
    if (typeof token !== 'string') return false
    const [exp, mac] = token.split('.')
    if (!exp || !mac || Number(exp) < Date.now() / 1000) return false
    const want = crypto.createHmac('sha256', this.secret).update(`${kind}\n${cloudPath}\n${exp}`).digest('hex').slice(0, 32)
    return mac.length === want.length && crypto.timingSafeEqual(Buffer.from(mac), Buffer.from(want))
  }

  write(cloudPath: string, body: Buffer): void {
    if (body.length === 0) throw invalidParam('文件为空')
    if (body.length > MAX_FILE_BYTES) throw invalidParam(`文件不能超过 ${MAX_FILE_BYTES / 1024 / 1024} MB`)
    // the content decides: an image whose bytes are not of the type its name says is refused too
    const type = sniffImage(body)
    if (!type) throw invalidParam('文件内容不是图片')
    if (ALLOWED_TYPES[path.extname(cloudPath).toLowerCase()] !== type) throw invalidParam('文件内容与扩展名不符')
    const file = path.join(this.root, cloudPath)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    const tmp = `${file}.${process.pid}.tmp`
    fs.writeFileSync(tmp, body)
    fs.renameSync(tmp, file)
  }

  read(cloudPath: string): Buffer | undefined {
    const file = path.join(this.root, cloudPath)
    return fs.existsSync(file) ? fs.readFileSync(file) : undefined
  }

  exists(cloudPath: string): boolean {
    return fs.existsSync(path.join(this.root, cloudPath))
  }

  remove(cloudPath: string): boolean {
    const file = path.join(this.root, cloudPath)
    if (!fs.existsSync(file)) return false
    fs.unlinkSync(file)
    return true
  }
}

// The accepted image types and their magic numbers have one home, shared with the functions' upload registration.
export { sniffImage }

/** Whether the content is one of the allowed image types. */
export function looksLikeImage(b: Buffer): boolean {
  return sniffImage(b) !== undefined
}

export const EXTENSION_OF: Record<string, string> = { 'image/jpeg': '.jpg', 'image/png': '.png', 'image/gif': '.gif', 'image/webp': '.webp' }

/**
 * Headers for serving a stored file: its type from its content; nosniff so that a browser never second-guesses it
 * (a GIF with HTML inside stays an image); a sandboxing CSP in case one is opened directly; anything that is not an
 * image is a download, never rendered.
 */
export function servedHeaders(body: Buffer, name: string): Record<string, string> {
  const type = sniffImage(body)
  const common = { 'x-content-type-options': 'nosniff', 'content-security-policy': "default-src 'none'; sandbox" }
  if (type) return { ...common, 'content-type': type, 'content-disposition': 'inline' }
  return { ...common, 'content-type': 'application/octet-stream', 'content-disposition': `attachment; filename="${name.replace(/[^A-Za-z0-9._-]/g, '_')}"` }
}
