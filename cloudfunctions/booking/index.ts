// booking: the household's catalogue, slots, quotes and orders (docs/api.md). Routes only; one file per action.
import { createRouter } from '../core/runtime'
import { catalog } from './catalog'
import { slots } from './slots'
import { quote } from './quote'
import { create } from './create'
import { list } from './list'
import { detail } from './detail'
import { cancel } from './cancel'
import { reschedule } from './reschedule'
import { confirmDone } from './confirmDone'

export const main = createRouter({ catalog, slots, quote, create, list, detail, cancel, reschedule, confirmDone }, { defaultAccess: { caller: 'household' } })
