// Photos to cloud storage, answering the fileIDs the functions take: a cleaner's job photos (cleaner.checkIn /
// checkOut) and a household's complaint photos (complaint.create / reply).
// weapp: the function issues a random path (user/cleaner.uploadPath), Taro.cloud.uploadFile puts the photo there,
// and registerUpload records it as the caller's (its bytes checked): only then will an action accept the fileID.
// h5: the local CloudBase's upload route, which takes the image bytes with the signed-in person's Bearer token,
// writes the same record, and answers {ok, data: {fileID, url}}.
import Taro from '@tarojs/taro'
import { ApiError, NETWORK_ERROR_MESSAGE, call } from './transport'
import type { RegisteredUpload, UploadPathView } from '@core/contract/api/uploads'
import { ensureLocalSession } from './session'

const UPLOAD_FAILED = '照片上传失败，请重试'

interface UploadTarget {
  /** the function that issues and registers the path on weapp */
  fn: 'user' | 'cleaner'
  /** whose session uploads on h5 */
  as: 'household' | 'cleaner'
}

export function uploadJobPhotos(filePaths: string[]): Promise<string[]> {
  return uploadPhotos(filePaths, { fn: 'cleaner', as: 'cleaner' })
}

export function uploadComplaintPhotos(filePaths: string[]): Promise<string[]> {
  return uploadPhotos(filePaths, { fn: 'user', as: 'household' })
}

async function uploadPhotos(filePaths: string[], target: UploadTarget): Promise<string[]> {
  const fileIDs: string[] = []
  // One at a time: a phone on a weak connection does better than with nine parallel uploads.
  for (let i = 0; i < filePaths.length; i++) {
    fileIDs.push(process.env.TARO_ENV === 'weapp' ? await viaCloud(target.fn, filePaths[i]) : await viaHttp(filePaths[i], target.as))
  }
  return fileIDs
}

async function viaCloud(fn: UploadTarget['fn'], filePath: string): Promise<string> {
  // the function's refusals (too many open paths, not an image) keep their own code and message
  const { cloudPath } = await call<UploadPathView>(fn, 'uploadPath')
  let fileID: string
  try {
    const r = await Taro.cloud.uploadFile({ cloudPath: `${cloudPath}${photoExtension(filePath)}`, filePath })
    if (!r.fileID) throw new Error('no fileID')
    fileID = r.fileID
  } catch {
    throw new ApiError('INTERNAL', UPLOAD_FAILED)
  }
  return (await call<RegisteredUpload>(fn, 'registerUpload', { fileID })).fileID
}

/** The extension of a picked photo's temp path ('.jpg' when it shows none): registerUpload checks it against the bytes. */
function photoExtension(filePath: string): string {
  const m = /\.(jpe?g|png|webp|gif)$/i.exec(filePath)
  return m ? `.${m[1].toLowerCase()}` : '.jpg'
}

async function viaHttp(filePath: string, as: UploadTarget['as']): Promise<string> {
  const token = await ensureLocalSession(as)
  let answer: any
  try {
    // chooseImage in a browser answers blob: URLs; read the bytes back and send them as the request body.
    const bytes = await (await fetch(filePath)).blob()
    const ext = extensionOf(bytes.type)
    const res = await fetch(`/api/_local/upload?name=photo.${ext}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': bytes.type || 'application/octet-stream' },
      body: bytes
    })
    answer = await res.json()
  } catch {
    throw new ApiError('INTERNAL', NETWORK_ERROR_MESSAGE)
  }
  if (!answer?.ok) throw new ApiError(answer?.error?.code ?? 'INTERNAL', answer?.error?.message ?? UPLOAD_FAILED)
  return answer.data.fileID as string
}

function extensionOf(mime: string): string {
  if (mime === 'image/png') return 'png'
  if (mime === 'image/webp') return 'webp'
  if (mime === 'image/gif') return 'gif'
  return 'jpg'
}
