// user: the household's own file (profile, addresses, family situation, preferences), its subscription acceptances,
// its message centre, and registering its mini-program photo uploads. Routes only; one file per action.
import { createRouter } from '../core/runtime'
import { me } from './me'
import { updateProfile } from './updateProfile'
import { addresses } from './addresses'
import { subscribeAccepted } from './subscribeAccepted'
import { messages } from './messages'
import { uploadPath } from './uploadPath'
import { registerUpload } from './registerUpload'

export const main = createRouter({ me, updateProfile, addresses, subscribeAccepted, messages, uploadPath, registerUpload }, { defaultAccess: { caller: 'household' } })
