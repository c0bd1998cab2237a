// scripts.save (L2/L3 own the wording): write a new script template or change one. Only the company's variables
// ({{客户称呼}}, {{服务时间}}, {{补偿内容}}, {{工单号}}, {{阿姨称呼}}, {{客服姓名}}, ...) may be used; a typo would show
// in every message sent with it. Usage counts stay with the template through edits.
import { z } from '../../core/runtime'
import { docId } from '../../core/runtime/schemas'
import { COMPLAINT_STEPS } from '../../core/contract/complaint'
import { SCRIPT_SCENARIOS } from '../../core/contract/recovery'
import { invalid } from '../../core/contract/errors'
import { COLL } from '../../core/data/collections'
import { insertedId, mustGet } from '../../core/data/db'
import { writeAudit } from '../../core/data/audit'
import { scriptVariables, templateProblem } from '../../core/rules/complaints/scripts'
import type { ScriptView } from '../../core/contract/api/complaintsDesk'
import type { ScriptDoc } from '../../core/recovery/docs'
import { staffAction } from '../staffAction'
import { choice, typedText } from '../complaints/fields'
import { scriptView } from './view'

const schema = z.object({
  id: docId.optional(),
  scenario: choice(SCRIPT_SCENARIOS, '适用场景'),
  step: choice(COMPLAINT_STEPS, '处理环节'),
  title: typedText('标题', 40),
  text: typedText('话术内容', 1000)
}).strict()

export const save = staffAction('supervisor', schema, async ({ id, scenario, step, title, text }, ctx, staff): Promise<ScriptView> => {
  const problem = templateProblem(text)
  if (problem) throw invalid(problem, { field: 'text' })
  const fields = {
    scenario,
    step,
    title,
    text,
    variables: scriptVariables(text),
    updatedBy: { id: staff._id, name: staff.name },
    updatedAt: ctx.now
  }
  const coll = ctx.db.collection(COLL.scripts)
  if (id) {
    const before = await mustGet<ScriptDoc>(ctx.db, COLL.scripts, id, '话术模板')
    await coll.where({ _id: id }).update(fields)
    await writeAudit(ctx.db, staff, 'scripts.update', id, { title, scenario, step }, ctx.now)
    return scriptView({ ...before, ...fields })
  }
  const doc: Omit<ScriptDoc, '_id'> = { ...fields, usage: 0, lastUsedAt: null, active: true, createdAt: ctx.now }
  const r = await coll.add(doc)
  const scriptId = insertedId(r)
  await writeAudit(ctx.db, staff, 'scripts.create', scriptId, { title, scenario, step }, ctx.now)
  return scriptView({ ...doc, _id: scriptId })
})
