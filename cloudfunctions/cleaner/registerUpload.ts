// registerUpload: the cleaner's photo, uploaded to a path uploadPath issued to her, becomes her file (checked by its
// content), which checkIn / checkOut may then claim.
import { z, nameFields } from '../core/runtime'
import { fileIdInput } from '../core/runtime/schemas'
import { registerUpload as register } from '../core/data/uploads'
import type { RegisteredUpload } from '../core/contract/api/uploads'
import { requireOpenid } from '../core/auth/identity'
import { cleanerAction } from './cleanerAction'

nameFields({ fileID: '照片' })

export const registerUpload = cleanerAction(z.object({ fileID: fileIdInput }).strict(), async ({ fileID }, ctx): Promise<RegisteredUpload> =>
  register(ctx, requireOpenid(ctx), fileID))
