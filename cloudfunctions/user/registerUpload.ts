// registerUpload: the household's photo, uploaded to a path uploadPath issued to her, becomes her file (checked by its
// content), which complaint.create / reply may then claim.
import { action, z, nameFields } from '../core/runtime'
import { fileIdInput } from '../core/runtime/schemas'
import { requireOpenid } from '../core/auth/identity'
import { registerUpload as register } from '../core/data/uploads'
import type { RegisteredUpload } from '../core/contract/api/uploads'

nameFields({ fileID: '照片' })

export const registerUpload = action(z.object({ fileID: fileIdInput }).strict(), async ({ fileID }, ctx): Promise<RegisteredUpload> =>
  register(ctx, requireOpenid(ctx), fileID))
