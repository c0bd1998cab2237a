// Job photos to cloud storage, answering the fileIDs that cleaner.checkIn / checkOut take.
// weapp: Taro.cloud.uploadFile straight to the environment's storage. h5: the local CloudBase's upload route, which
// takes the image bytes with the cleaner's Bearer token and answers {ok, data: {fileID, url}}.
import Taro from '@tarojs/taro'
import { ApiError, NETWORK_ERROR_MESSAGE } from './transport'
import { ensureLocalSession } from './session'

const UPLOAD_FAILED = '照片上传失败，请重试'

export async function uploadJobPhotos(orderId: string, filePaths: string[]): Promise<string[]> {
  const fileIDs: string[] = []
  // One at a time: a phone on a weak connection does better than with nine parallel uploads.
  for (let i = 0; i < filePaths.length; i++) {
    fileIDs.push(process.env.TARO_ENV === 'weapp' ? await viaCloud(orderId, filePaths[i], i) : await viaHttp(filePaths[i]))
  }
  return fileIDs
}

async function viaCloud(orderId: string, filePath: string, i: number): Promise<string> {
  try {
    const r = await Taro.cloud.uploadFile({ cloudPath: `jobs/${orderId}/${Date.now()}-${i}.jpg`, filePath })
    if (!r.fileID) throw new Error('no fileID')
    return r.fileID
  } catch {
    throw new ApiError('INTERNAL', UPLOAD_FAILED)
  }
}

async function viaHttp(filePath: string): Promise<string> {
  const token = await ensureLocalSession('cleaner')
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
