// How staff see a script template.
import { COMPLAINT_STEP_LABELS } from '../../core/contract/complaint'
import { SCRIPT_SCENARIO_LABELS } from '../../core/contract/recovery'
import type { ScriptView } from '../../core/contract/api/complaintsDesk'
import type { ScriptDoc } from '../../core/recovery/docs'

export function scriptView(s: ScriptDoc): ScriptView {
  return {
    id: s._id,
    scenario: s.scenario,
    scenarioLabel: SCRIPT_SCENARIO_LABELS[s.scenario] ?? s.scenario,
    step: s.step,
    stepLabel: COMPLAINT_STEP_LABELS[s.step] ?? s.step,
    title: s.title,
    text: s.text,
    variables: s.variables ?? [],
    usage: s.usage ?? 0,
    updatedAt: s.updatedAt.toISOString()
  }
}
