// File storage for photos: files live under <dataDir>/files/<cloudPath>; file IDs look like CloudBase's
// (cloud://<env>.<bucket>/<path>). Uploads and downloads go through short-lived signed URLs, as with COS.
import fs from 'node:fs'
import path from 'node:path'
import crypto from 'node:crypto'
import { invalidParam } from '../engine/errors'

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
    if (!looksLikeImage(body)) throw invalidParam('文件内容不是图片')
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

/** Magic numbers of the allowed image types: a renamed text file is refused. */
export function looksLikeImage(b: Buffer): boolean {
  if (b.length < 4) return false
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return true // jpeg
  if (b.subarray(0, 4).toString('hex') === '89504e47') return true // png
  if (b.subarray(0, 3).toString('ascii') === 'GIF') return true
  if (b.subarray(0, 4).toString('ascii') === 'RIFF' && b.subarray(8, 12).toString('ascii') === 'WEBP') return true
  return false
}
