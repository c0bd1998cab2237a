// user: the household's own file (profile, addresses, family situation, preferences), its subscription acceptances
// and its message centre. Routes only; one file per action.
import { createRouter } from '../core/runtime'
import { me } from './me'
import { updateProfile } from './updateProfile'
import { addresses } from './addresses'
import { subscribeAccepted } from './subscribeAccepted'
import { messages } from './messages'

export const main = createRouter({ me, updateProfile, addresses, subscribeAccepted, messages }, { defaultAccess: { caller: 'household' } })
