// Mini-program uploads, registered to their uploader. wx.cloud.uploadFile writes straight to storage and leaves no
// `files` record, so claimPhotos (files.ts) would refuse every such photo. Instead: issueUploadPath records a pending
// `files` record (a random id, owned by the caller) and answers the path `uploads/<id>`; the client uploads there (with
// its extension) and registerUpload checks that the path was issued to the caller and still live, downloads the file,
// checks its magic bytes (rules/uploads) and turns the pending record into the file's record. A pending record's
// fileID is `pending:<id>` (the unique index holds, and no cloud:// id ever matches it, so nothing can claim it).
import crypto from 'node:crypto'
import { conflict, invalid, notFound } from '../contract/errors'
import { COLL } from './collections'
import { getById } from './db'
import type { FileDoc } from './files'
import type { Cloud } from '../runtime/cloud'
import type { RegisteredUpload, UploadPathView } from '../contract/api/uploads'
import {
  issuedUploadOf, judgeUploadContent, uploadPathLive, PENDING_UPLOADS_MAX, UPLOAD_FOLDER, UPLOAD_PATH_TTL_MS,
  MAX_UPLOAD_BYTES, type UploadContentVerdict
} from '../rules/uploads'

type UploadCtx = Cloud & { now: Date }

export interface UploadRecord extends FileDoc {
  pending?: boolean
  createdAt: Date
  type?: string
  size?: number
}


const PATH_UNKNOWN = '上传路径不存在或已过期，请重新上传'
const CONTENT_REFUSED: Record<Exclude<UploadContentVerdict, { ok: true }>['reason'], string> = {
  empty: '照片是空的，请重新上传',
  too_large: `照片不能超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`,
  not_image: '只支持 jpg、png、webp、gif 图片',
  mismatch: '照片内容与扩展名不符，请重新上传'
}

/** A fresh path for `owner` to upload one photo to (the client adds the extension, e.g. '.jpg'). */
export async function issueUploadPath(ctx: UploadCtx, owner: string): Promise<UploadPathView> {
  const files = ctx.db.collection(COLL.files)
  const since = new Date(ctx.now.getTime() - UPLOAD_PATH_TTL_MS)
  const open = await files.where({ owner, pending: true, createdAt: ctx._.gte(since) }).count()
  if (Number(open.total ?? 0) >= PENDING_UPLOADS_MAX) throw conflict('待上传的照片太多，请先完成已选照片的上传')
  const id = crypto.randomBytes(16).toString('hex')
  const record: UploadRecord = { _id: id, fileID: `pending:${id}`, owner, attachedTo: null, pending: true, createdAt: ctx.now }
  await files.add(record)
  return { cloudPath: `${UPLOAD_FOLDER}${id}`, expiresAt: new Date(ctx.now.getTime() + UPLOAD_PATH_TTL_MS).toISOString() }
}

/**
 * Records `fileID` as `owner`'s upload. Its own registered file again: the same answer (a retry). A file someone else
 * registered (or uploaded through the H5 route): CONFLICT. A path never issued to the caller, or expired: NOT_FOUND,
 * like a missing one. Content that is not an accepted image: INVALID_ARGUMENT, and the file is deleted.
 */
export async function registerUpload(ctx: UploadCtx, owner: string, fileID: string): Promise<RegisteredUpload> {
  const files = ctx.db.collection(COLL.files)
  const { data } = await files.where({ fileID }).limit(1).get()
  const known = (data as UploadRecord[])[0]
  if (known) {
    if (known.owner === owner) return { fileID }
    throw conflict('这张照片已由其他人登记')
  }
  const issued = issuedUploadOf(fileID)
  if (!issued) throw invalid('照片不在服务器发放的上传路径下，请重新上传')
  const pending = await getById<UploadRecord>(ctx.db, COLL.files, issued.id)
  if (!pending || pending.owner !== owner || !pending.pending || !uploadPathLive(new Date(pending.createdAt), ctx.now)) throw notFound(PATH_UNKNOWN)
  const body = await download(ctx, fileID)
  const verdict = judgeUploadContent(body, issued.extension)
  if (!verdict.ok) {
    await ctx.app.deleteFile({ fileList: [fileID] }).catch(() => undefined)
    throw invalid(CONTENT_REFUSED[verdict.reason])
  }
  const r = await files.where({ _id: issued.id, owner, pending: true })
    .update({ fileID, pending: false, type: verdict.type, size: body.length, registeredAt: ctx.now })
  // two registrations of one path at once: the one that lost finds the path already registered
  if (Number(r.updated ?? 0) !== 1) {
    const now = await getById<UploadRecord>(ctx.db, COLL.files, issued.id)
    if (now?.fileID === fileID && now.owner === owner) return { fileID }
    throw conflict('这个上传路径已登记了另一张照片，请重新上传')
  }
  return { fileID }
}

async function download(ctx: UploadCtx, fileID: string): Promise<Buffer> {
  try {
    const r = await ctx.app.downloadFile({ fileID })
    return Buffer.from(r.fileContent as Buffer)
  } catch {
    throw invalid('照片没有上传成功，请重新上传')
  }
}
