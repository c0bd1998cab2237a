// uploadPath: a fresh storage path for one photo the household will upload from the mini-program
// (wx.cloud.uploadFile); registerUpload then records the upload as hers (core/data/uploads.ts).
import { action, z } from '../core/runtime'
import { requireOpenid } from '../core/auth/identity'
import { issueUploadPath } from '../core/data/uploads'
import type { UploadPathView } from '../core/contract/api/uploads'

export const uploadPath = action(z.object({}).strict(), async (_input, ctx): Promise<UploadPathView> =>
  issueUploadPath(ctx, requireOpenid(ctx)))
