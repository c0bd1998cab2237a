// cleaner: what a cleaner (阿姨) does in her sub-package. Redeem an invite code, see her jobs, check in and out, and
// register her mini-program photo uploads.
import { createRouter } from '../core/runtime'
import { bind } from './bind'
import { jobs } from './jobs'
import { job } from './job'
import { checkIn } from './checkIn'
import { checkOut } from './checkOut'
import { uploadPath } from './uploadPath'
import { registerUpload } from './registerUpload'

export const main = createRouter({ bind, jobs, job, checkIn, checkOut, uploadPath, registerUpload })
