// How staff see a scenario: in the library (model answers and key points, never the scorer's keywords), and as a
// drill shows it before the answer (only the story and the customer's words).
import type { Database } from '../../core/runtime/cloud'
import { COMPLAINT_CATEGORY_LABELS } from '../../core/contract/complaint'
import { SERVICE_CATEGORIES } from '../../core/contract/catalog'
import type { DrillBrief, ScenarioView } from '../../core/contract/api/complaintsDesk'
import { COLL } from '../../core/data/collections'
import { findOne } from '../../core/data/db'
import { notFound } from '../../core/contract/errors'
import { SCENARIO_KIND, type ScenarioDoc } from '../../core/recovery/docs'

/** What every view of a scenario starts with: the story and the customer's words. */
function scenarioHead(s: ScenarioDoc): Omit<DrillBrief, 'keyPointCount'> {
  return {
    id: s._id,
    title: s.title,
    category: s.category,
    categoryLabel: COMPLAINT_CATEGORY_LABELS[s.category] ?? s.category,
    background: s.background,
    customerWords: s.customerWords
  }
}

export function scenarioView(s: ScenarioDoc): ScenarioView {
  return {
    ...scenarioHead(s),
    serviceCategory: s.serviceCategory ?? null,
    serviceCategoryLabel: s.serviceCategory ? SERVICE_CATEGORIES[s.serviceCategory]?.label ?? s.serviceCategory : null,
    recommendedScripts: s.recommendedScripts ?? [],
    keyPoints: (s.keyPoints ?? []).map((p) => ({ id: p.id, label: p.label })),
    difficulty: s.difficulty,
    timeLimitSec: s.timeLimitSec
  }
}

export function drillBrief(s: ScenarioDoc): DrillBrief {
  return { ...scenarioHead(s), keyPointCount: (s.keyPoints ?? []).length }
}

/** An active scenario, or NOT_FOUND. */
export async function loadScenario(db: Database, scenarioId: string): Promise<ScenarioDoc> {
  const s = await findOne<ScenarioDoc>(db, COLL.scenarios, { _id: scenarioId, kind: SCENARIO_KIND, active: true })
  if (!s) throw notFound('演练场景不存在')
  return s
}
