// An upload through the local gateway (POST /api/_local/upload, the H5 build's photos): the content decides the type,
// the path is random (an openid in a file id would reach other people: a cleaner's photo is shown to the household),
// and a `files` record keeps who uploaded it and what it is attached to (cloudfunctions/core/data/files.ts claims it).
import crypto from 'node:crypto'
import type { Documents } from '../engine/documents'
import { invalidParam } from '../engine/errors'
import { EXTENSION_OF, sniffImage, type FileStore } from './files'

export const FILES_COLLECTION = 'files'

export interface UploadedFile { fileID: string; cloudPath: string }

export function recordUpload(files: FileStore, docs: Documents, body: Buffer, owner: string): UploadedFile {
  const type = sniffImage(body)
  if (!type) throw invalidParam('只支持 jpg、png、webp、gif 图片')
  const id = crypto.randomBytes(16).toString('hex')
  const cloudPath = `uploads/${id}${EXTENSION_OF[type]}`
  files.write(cloudPath, body)
  const fileID = files.fileId(cloudPath)
  docs.insert(FILES_COLLECTION, [{ _id: id, fileID, owner, type, size: body.length, createdAt: new Date(), attachedTo: null }])
  return { fileID, cloudPath }
}
