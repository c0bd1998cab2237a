// Stored files (job photos): fileIDs are 'cloud://...' names that the mini-program's upload returned. A page shows a
// photo through a temporary URL; before a fileID is recorded we ask storage whether it exists.
import { invalid } from '../contract/errors'

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
