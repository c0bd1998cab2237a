// The vocabulary of the service-recovery training material (话术模板, 场景库, 演练): which scenario a script belongs to.
// A script is written for one complaint category, or for every category ('general'), and for one step of the work order.
import { COMPLAINT_CATEGORIES, COMPLAINT_CATEGORY_LABELS } from './complaint'

export const SCRIPT_SCENARIOS = ['general', ...COMPLAINT_CATEGORIES] as const
export type ScriptScenario = (typeof SCRIPT_SCENARIOS)[number]

export const SCRIPT_SCENARIO_LABELS: Record<ScriptScenario, string> = { general: '通用', ...COMPLAINT_CATEGORY_LABELS }

export const DRILL_STATUSES = ['started', 'submitted'] as const
export type DrillStatus = (typeof DRILL_STATUSES)[number]
