// scenarios.list: the scenario library (场景库) staff learn from and drill on, in the library's order;
// optionally of one complaint category.
import { z } from '../../core/runtime'
import { COMPLAINT_CATEGORIES } from '../../core/contract/complaint'
import { COLL } from '../../core/data/collections'
import type { ScenarioView } from '../../core/contract/api/complaintsDesk'
import { SCENARIO_KIND, type ScenarioDoc } from '../../core/recovery/docs'
import { staffAction } from '../staffAction'
import { choice } from '../complaints/fields'
import { scenarioView } from './view'

const schema = z.object({ category: choice(COMPLAINT_CATEGORIES, '投诉类型').optional() }).strict()

const MAX_SCENARIOS = 1000

export const list = staffAction('agent', schema, async ({ category }, ctx): Promise<ScenarioView[]> => {
  const where: Record<string, unknown> = { kind: SCENARIO_KIND, active: true }
  if (category) where.category = category
  const docs: ScenarioDoc[] = (await ctx.db.collection(COLL.scenarios).where(where).limit(MAX_SCENARIOS).get()).data
  docs.sort((a, b) => (a.sort ?? 0) - (b.sort ?? 0) || a._id.localeCompare(b._id))
  return docs.map(scenarioView)
})
