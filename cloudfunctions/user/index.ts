// user: the household's own file (profile, addresses, family situation, preferences).
import { createRouter } from '../core/runtime'
import { me } from './me'

export const main = createRouter({ me })
