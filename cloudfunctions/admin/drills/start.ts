// drills.start: start a drill on a scenario. The clock starts now (server time); the answer is scored at
// drills.submit. The brief shows the story and the customer's words, not the model answers or key points.
import { z } from '../../core/runtime'
import { docId } from '../../core/runtime/schemas'
import { COLL } from '../../core/data/collections'
import { insertedId } from '../../core/data/db'
import type { DrillStartView } from '../../core/contract/api/complaintsDesk'
import { DRILL_KIND, type DrillRunDoc } from '../../core/recovery/docs'
import { staffAction } from '../staffAction'
import { drillBrief, loadScenario } from '../scenarios/view'
import '../complaints/fields'

const schema = z.object({ scenarioId: docId }).strict()

export const start = staffAction('agent', schema, async ({ scenarioId }, ctx, staff): Promise<DrillStartView> => {
  const scenario = await loadScenario(ctx.db, scenarioId)
  const run: Omit<DrillRunDoc, '_id'> = {
    kind: DRILL_KIND,
    staffId: staff._id,
    staffName: staff.name,
    scenarioId: scenario._id,
    scenarioTitle: scenario.title,
    startedAt: ctx.now,
    timeLimitSec: scenario.timeLimitSec,
    status: 'started',
    answer: null,
    submittedAt: null,
    durationSec: null,
    overtime: null,
    score: null,
    passed: null,
    covered: [],
    missed: [],
    createdAt: ctx.now,
    updatedAt: ctx.now
  }
  const r = await ctx.db.collection(COLL.scenarios).add(run)
  return { drillId: insertedId(r), scenario: drillBrief(scenario), startedAt: ctx.now.toISOString(), timeLimitSec: run.timeLimitSec }
})
