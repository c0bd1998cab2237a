// How a staff member sees her drill runs.
import type { DrillRunView } from '../../core/contract/api/complaintsDesk'
import type { DrillRunDoc } from '../../core/recovery/docs'

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null)

export function drillRunView(d: DrillRunDoc): DrillRunView {
  return {
    drillId: d._id,
    scenarioId: d.scenarioId,
    scenarioTitle: d.scenarioTitle,
    status: d.status,
    startedAt: d.startedAt.toISOString(),
    submittedAt: iso(d.submittedAt),
    timeLimitSec: d.timeLimitSec,
    durationSec: d.durationSec ?? null,
    overtime: d.overtime ?? null,
    score: d.score ?? null,
    passed: d.passed ?? null,
    answer: d.answer ?? null
  }
}
