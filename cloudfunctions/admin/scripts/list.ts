// scripts.list: the script templates (话术模板), by scenario (通用 first, then the complaint categories) and
// step; optionally of one scenario and/or step.
import { z } from '../../core/runtime'
import { COMPLAINT_STEPS } from '../../core/contract/complaint'
import { SCRIPT_SCENARIOS } from '../../core/contract/recovery'
import { COLL } from '../../core/data/collections'
import type { ScriptView } from '../../core/contract/api/complaintsDesk'
import type { ScriptDoc } from '../../core/recovery/docs'
import { staffAction } from '../staffAction'
import { choice } from '../complaints/fields'
import { scriptView } from './view'

const schema = z.object({
  scenario: choice(SCRIPT_SCENARIOS, '适用场景').optional(),
  step: choice(COMPLAINT_STEPS, '处理环节').optional()
}).strict()

const MAX_SCRIPTS = 1000

export const list = staffAction('agent', schema, async ({ scenario, step }, ctx): Promise<ScriptView[]> => {
  const where: Record<string, unknown> = { active: true }
  if (scenario) where.scenario = scenario
  if (step) where.step = step
  const docs: ScriptDoc[] = (await ctx.db.collection(COLL.scripts).where(where).limit(MAX_SCRIPTS).get()).data
  const rank = (s: ScriptDoc) => SCRIPT_SCENARIOS.indexOf(s.scenario) * 100 + COMPLAINT_STEPS.indexOf(s.step)
  docs.sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title, 'zh-CN') || a._id.localeCompare(b._id))
  return docs.map(scriptView)
})
