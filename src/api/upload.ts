// Photos to cloud storage, answering the fileIDs the functions take: a cleaner's job photos (cleaner.checkIn /
// checkOut) and a household's complaint photos (complaint.create / reply).
// weapp: Taro.cloud.uploadFile straight to the environment's storage. h5: the local CloudBase's upload route, which
// takes the image bytes with the signed-in person's Bearer token and answers {ok, data: {fileID, url}}.
import Taro from '@tarojs/taro'
import { ApiError, NETWORK_ERROR_MESSAGE } from './transport'
import { ensureLocalSession } from './session'

const UPLOAD_FAILED = '照片上传失败，请重试'

interface UploadTarget {
  /** the storage folder on weapp, e.g. 'jobs/<orderId>' */
  folder: string
  /** whose session uploads on h5 */
  as: 'household' | 'cleaner'
}

export function uploadJobPhotos(orderId: string, filePaths: string[]): Promise<string[]> {
  return uploadPhotos(filePaths, { folder: `jobs/${orderId}`, as: 'cleaner' })
}

export function uploadComplaintPhotos(filePaths: string[]): Promise<string[]> {
  return uploadPhotos(filePaths, { folder: 'complaints', as: 'household' })
}

async function uploadPhotos(filePaths: string[], target: UploadTarget): Promise<string[]> {
  const fileIDs: string[] = []
  // One at a time: a phone on a weak connection does better than with nine parallel uploads.
  for (let i = 0; i < filePaths.length; i++) {
    fileIDs.push(process.env.TARO_ENV === 'weapp' ? await viaCloud(target.folder, filePaths[i], i) : await viaHttp(filePaths[i], target.as))
  }
  return fileIDs
}

async function viaCloud(folder: string, filePath: string, i: number): Promise<string> {
  try {
    const unique = `${Date.now()}-${i}-${Math.random().toString(36).slice(2, 8)}`
    const r = await Taro.cloud.uploadFile({ cloudPath: `${folder}/${unique}.jpg`, filePath })
    if (!r.fileID) throw new Error('no fileID')
    return r.fileID
  } catch {
    throw new ApiError('INTERNAL', UPLOAD_FAILED)
  }
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
