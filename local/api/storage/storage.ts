// Storage actions: upload metadata (a signed PUT URL), temporary download URLs, delete.
import type { ApiAction } from '../types'
import { invalidParam } from '../../engine/errors'

const UPLOAD_TTL = 10 * 60
const DEFAULT_DOWNLOAD_TTL = 2 * 60 * 60

export const getUploadMetadata: ApiAction = ({ params }, s) => {
  const cloudPath = s.files.checkPath(params.path)
  const token = s.files.sign('up', cloudPath, UPLOAD_TTL)
  const url = `${s.baseUrl()}/_storage/upload/${encodeURI(cloudPath)}?token=${token}`
  return { data: { url, token, authorization: token, fileId: s.files.fileId(cloudPath), cosFileId: cloudPath } }
}

function fileList(p: Record<string, any>): any[] {
  if (!Array.isArray(p.file_list) && !Array.isArray(p.fileid_list)) throw invalidParam('fileList 必须是非空的数组')
  const list = p.file_list ?? p.fileid_list
  if (!list.length || list.length > 50) throw invalidParam('fileList 长度必须在 1 到 50 之间')
  return list
}

// The lists come back to the caller as they are: the SDK passes them through as fileList, typed (and read by its own
// downloadFile/getFileInfo) as {fileID, tempFileURL, code} and {fileID, code}. Requests spell it `fileid`.
export const batchGetDownloadUrl: ApiAction = ({ params }, s) => ({
  data: {
    download_list: fileList(params).map((f: any) => {
      const fileID = typeof f === 'string' ? f : f?.fileid
      const cloudPath = s.files.pathOf(fileID)
      if (!cloudPath || !s.files.exists(cloudPath)) return { fileID, tempFileURL: '', code: 'STORAGE_FILE_NONEXIST' }
      const ttl = Math.min(Number(f?.max_age) || DEFAULT_DOWNLOAD_TTL, 24 * 60 * 60)
      return { fileID, tempFileURL: `${s.baseUrl()}/_storage/files/${encodeURI(cloudPath)}?sign=${s.files.sign('down', cloudPath, ttl)}`, code: 'SUCCESS' }
    })
  }
})

export const batchDeleteFile: ApiAction = ({ params }, s) => ({
  data: {
    delete_list: fileList(params).map((fileID: any) => {
      const cloudPath = s.files.pathOf(fileID)
      return { fileID, code: cloudPath && s.files.remove(cloudPath) ? 'SUCCESS' : 'STORAGE_FILE_NONEXIST' }
    })
  }
})
