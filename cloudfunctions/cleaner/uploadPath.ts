// uploadPath: a fresh storage path for one job photo the cleaner will upload from the mini-program
// (wx.cloud.uploadFile); registerUpload then records the upload as hers (core/data/uploads.ts).
import { z } from '../core/runtime'
import { issueUploadPath } from '../core/data/uploads'
import type { UploadPathView } from '../core/contract/api/uploads'
import { requireOpenid } from '../core/auth/identity'
import { cleanerAction } from './cleanerAction'

export const uploadPath = cleanerAction(z.object({}).strict(), async (_input, ctx): Promise<UploadPathView> =>
  issueUploadPath(ctx, requireOpenid(ctx)))
