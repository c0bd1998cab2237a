// drills.submit: score the answer of one's own drill by the scenario's key points (rules/complaints/drills).
// Once only: the write is conditional on the run still being 'started', so a second submit (even at the same moment)
// is refused and the first score stands. An answer after the time limit is still scored, and flagged overtime.
import { z } from '../../core/runtime'
import { docId } from '../../core/runtime/schemas'
import { COLL } from '../../core/data/collections'
import { findOne } from '../../core/data/db'
import { notFound, precondition } from '../../core/contract/errors'
import { drillTiming, scoreDrillAnswer } from '../../core/rules/complaints/drills'
import type { DrillResultView } from '../../core/contract/api/complaintsDesk'
import { DRILL_KIND, type DrillRunDoc, type ScenarioDoc } from '../../core/recovery/docs'
import { staffAction } from '../staffAction'
import { typedText } from '../complaints/fields'

const schema = z.object({ drillId: docId, answer: typedText('回答', 2000) }).strict()

const ALREADY_SUBMITTED = '这次演练已经提交过了，如需再练请重新开始'

export const submit = staffAction('agent', schema, async ({ drillId, answer }, ctx, staff): Promise<DrillResultView> => {
  // Another staff member's run reads the same as a missing one.
  const run = await findOne<DrillRunDoc>(ctx.db, COLL.scenarios, { _id: drillId, kind: DRILL_KIND, staffId: staff._id })
  if (!run) throw notFound('演练记录不存在')
  if (run.status !== 'started') throw precondition(ALREADY_SUBMITTED)
  const scenario = await findOne<ScenarioDoc>(ctx.db, COLL.scenarios, { _id: run.scenarioId })
  if (!scenario) throw notFound('演练场景已被删除，请换一个场景重新开始')

  const result = scoreDrillAnswer(answer, scenario.keyPoints, scenario.passScore)
  const timing = drillTiming(run.startedAt, ctx.now, run.timeLimitSec)
  const patch = {
    status: 'submitted' as const,
    answer,
    submittedAt: ctx.now,
    ...timing,
    score: result.score,
    passed: result.passed,
    covered: result.covered,
    missed: result.missed,
    updatedAt: ctx.now
  }
  const r = await ctx.db.collection(COLL.scenarios).where({ _id: run._id, status: 'started' }).update(patch)
  if (!r.updated) throw precondition(ALREADY_SUBMITTED)
  return {
    drillId: run._id,
    scenarioId: run.scenarioId,
    scenarioTitle: run.scenarioTitle,
    covered: result.covered,
    missed: result.missed,
    score: result.score,
    passed: result.passed,
    durationSec: timing.durationSec,
    timeLimitSec: run.timeLimitSec,
    overtime: timing.overtime,
    recommendedScripts: scenario.recommendedScripts ?? []
  }
})
