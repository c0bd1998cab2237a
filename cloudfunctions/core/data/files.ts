// Stored files (job and complaint photos): fileIDs are 'cloud://...' names that an upload returned. A page shows a
// photo through a temporary URL; before a fileID is recorded we ask storage whether it exists, and claim it: the
// `files` record (written by the H5 upload route, or by registerUpload for a mini-program upload: data/uploads.ts)
// says who uploaded it, and a file is attached to one thing only, by the person who uploaded it (claimPhotos).
// Temporary URLs are made only by the views of the thing a photo is attached to, and those views check who may see
// it; so a file id copied from elsewhere neither attaches nor gives a URL.
import crypto from 'node:crypto'
import { invalid, denied } from '../contract/errors'
import { COLL } from './collections'
import type { Cloud } from '../runtime/cloud'

export const FILE_ID_PREFIX = 'cloud://'
const BATCH = 50

interface FileState { url: string; exists: boolean }

async function lookup(app: any, fileIds: readonly string[]): Promise<Map<string, FileState>> {
  const out = new Map<string, FileState>()
  const unique = [...new Set(fileIds)]
  for (let i = 0; i < unique.length; i += BATCH) {
    const r = await app.getTempFileURL({ fileList: unique.slice(i, i + BATCH) })
    for (const f of r?.fileList ?? []) {
      const id = f.fileid ?? f.fileID
      const url = f.download_url ?? f.tempFileURL ?? ''
      out.set(id, { url: f.code === 'SUCCESS' ? url : '', exists: f.code === 'SUCCESS' })
    }
  }
  return out
}

/** fileID -> temporary URL ('' when the file is gone). */
export async function photoViews(app: any, fileIds: readonly string[] | undefined): Promise<{ fileID: string; url: string }[]> {
  if (!fileIds?.length) return []
  const states = await lookup(app, fileIds)
  return fileIds.map((fileID) => ({ fileID, url: states.get(fileID)?.url ?? '' }))
}

/** Refuses photos that were never uploaded (or were deleted), so an order never points at nothing. */
export async function assertPhotosExist(app: any, fileIds: readonly string[]): Promise<void> {
  if (!fileIds.length) return
  const states = await lookup(app, fileIds)
  const missing = fileIds.filter((id) => !states.get(id)?.exists)
  if (missing.length) throw invalid(`有${missing.length}张照片没有上传成功，请重新上传`, { missing })
}

/** What a file is attached to: 'complaint:<id>', 'complaint-request:<requestKey>', 'order:<id>:before' ... */
export type AttachRef = string

export interface FileDoc {
  _id: string
  fileID: string
  owner: string
  attachedTo: AttachRef | null
  claim?: string | null
}

export interface Claim {
  /** gives the files back (the action failed after claiming them); a no-op for files already attached before */
  release(): Promise<void>
}

const NOTHING: Claim = { release: async () => undefined }

/**
 * Attaches `fileIds` to `ref` for the caller: each must exist in storage, have been uploaded by the caller (ctx.openid)
 * and be free, or already attached to this same `ref` (a retry). The attachment is one conditional update on the
 * free records (owner and attachedTo: null in the query), so two actions racing for one file cannot both have it;
 * when fewer records moved than asked, the ones this call moved are given back and the call is refused. Call it after
 * every other check and before the first write; release() it if the write then fails.
 */
export async function claimPhotos(ctx: Cloud & { now: Date }, fileIds: readonly string[], ref: AttachRef): Promise<Claim> {
  const ids = [...new Set(fileIds)]
  if (!ids.length) return NOTHING
  await assertPhotosExist(ctx.app, ids)
  const owner = ctx.openid
  if (!owner) throw denied('只能使用自己上传的照片')
  const files = ctx.db.collection(COLL.files)
  const { data } = await files.where({ fileID: ctx._.in(ids) }).limit(ids.length).get()
  const records = new Map((data as FileDoc[]).map((f) => [f.fileID, f]))
  const foreign = ids.filter((id) => {
    const f = records.get(id)
    return !f || f.owner !== owner || (f.attachedTo !== null && f.attachedTo !== ref)
  })
  if (foreign.length) throw denied(`有${foreign.length}张照片不是您上传的，或已用在别处，请重新上传`)
  const free = ids.filter((id) => records.get(id)!.attachedTo === null)
  if (!free.length) return NOTHING
  const claim = crypto.randomBytes(12).toString('hex')
  const r = await files.where({ fileID: ctx._.in(free), owner, attachedTo: null }).update({ attachedTo: ref, claim, attachedAt: ctx.now })
  const release = async () => {
    await files.where({ claim }).update({ attachedTo: null, claim: null, attachedAt: null })
  }
  if (Number(r.updated ?? 0) !== free.length) {
    await release()
    throw denied('照片刚被用在别处，请重新上传')
  }
  return { release }
}

/** Runs `write` with the photos claimed for it; gives them back when it fails. */
export async function withPhotos<T>(ctx: Cloud & { now: Date }, fileIds: readonly string[], ref: AttachRef, write: () => Promise<T>): Promise<T> {
  const claim = await claimPhotos(ctx, fileIds, ref)
  try {
    return await write()
  } catch (e) {
    await claim.release().catch(() => undefined)
    throw e
  }
}
