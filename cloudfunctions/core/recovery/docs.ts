// The stored shapes of the service-recovery training material: script templates (collection `scripts`), scenarios
// and the drill runs staff play on them (both in collection `scenarios`, told apart by `kind`). Written by the seed
// (local/seed/recovery.ts) and by admin scripts.* / drills.*; read by the complaints desk.
import type { ComplaintCategory, ComplaintStep } from '../contract/complaint'
import type { ServiceCategoryId } from '../contract/catalog'
import type { DrillStatus, ScriptScenario } from '../contract/recovery'
import type { DrillKeyPoint } from '../rules/complaints/drills'

/** A 话术模板: the company's wording for one scenario and step, with {{变量}} filled from the work order. */
export interface ScriptDoc {
  _id: string
  scenario: ScriptScenario
  step: ComplaintStep
  title: string
  text: string
  /** The variables the text uses, each once (rules/complaints/scripts scriptVariables). */
  variables: string[]
  /** How often it was rendered for a work order (scripts.render, `_.inc`). */
  usage: number
  lastUsedAt: Date | null
  active: boolean
  updatedBy: { id: string; name: string } | null
  createdAt: Date
  updatedAt: Date
}

export const SCENARIO_KIND = 'scenario'
export const DRILL_KIND = 'drill'

/** A 场景: what a customer says, how a good answer goes, and the key points the drill scorer looks for. */
export interface ScenarioDoc {
  _id: string
  kind: typeof SCENARIO_KIND
  title: string
  category: ComplaintCategory
  /** The service the story happens in, when it matters (月嫂, 保姆, 开荒). */
  serviceCategory: ServiceCategoryId | null
  /** What happened, for the staff member (not said by the customer). */
  background: string
  /** The customer's own words, as she said or wrote them. */
  customerWords: string
  /** Model wording for the answer. */
  recommendedScripts: string[]
  /** 3-5 points a good answer covers; each met by any of its keywords. */
  keyPoints: DrillKeyPoint[]
  /** 1 easy .. 3 hard */
  difficulty: 1 | 2 | 3
  timeLimitSec: number
  passScore: number
  sort: number
  active: boolean
  createdAt: Date
  updatedAt: Date
}

/** One staff member's run of one scenario: started, then submitted once. */
export interface DrillRunDoc {
  _id: string
  kind: typeof DRILL_KIND
  staffId: string
  staffName: string
  scenarioId: string
  scenarioTitle: string
  startedAt: Date
  timeLimitSec: number
  status: DrillStatus
  answer: string | null
  submittedAt: Date | null
  durationSec: number | null
  overtime: boolean | null
  score: number | null
  passed: boolean | null
  covered: Array<{ id: string; label: string; matched: string }>
  missed: Array<{ id: string; label: string }>
  createdAt: Date
  updatedAt: Date
}
