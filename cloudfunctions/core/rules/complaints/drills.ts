// Scenario drills for staff: an answer is scored by the key points it covers. Each key point is met by any of a few
// phrases (道歉 / 抱歉 / 对不起); a negated phrase (不道歉) does not count.
import { invalid } from '../../contract/errors'
import { findMention } from './textMatch'

export interface DrillKeyPoint {
  id: string
  label: string
  /** Alternatives: any one of them covers the point. */
  keywords: readonly string[]
  /** Relative weight, 1 when absent. */
  weight?: number
}

export interface DrillScore {
  /** 0-100, the covered share of the total weight, rounded. */
  score: number
  passed: boolean
  covered: Array<{ id: string; label: string; matched: string }>
  missed: Array<{ id: string; label: string }>
}

export const DEFAULT_DRILL_PASS_SCORE = 60

function weightOf(point: DrillKeyPoint): number {
  const weight = point.weight ?? 1
  if (!Number.isFinite(weight) || weight <= 0) throw invalid(`要点「${point.label}」的权重必须大于 0`, { id: point.id })
  return weight
}

export function scoreDrillAnswer(
  answer: string,
  keyPoints: readonly DrillKeyPoint[],
  passScore: number = DEFAULT_DRILL_PASS_SCORE
): DrillScore {
  if (keyPoints.length === 0) throw invalid('演练场景还没有设置要点')
  const covered: DrillScore['covered'] = []
  const missed: DrillScore['missed'] = []
  let total = 0
  let earned = 0
  for (const point of keyPoints) {
    if (point.keywords.every((keyword) => !keyword.trim())) {
      throw invalid(`要点「${point.label}」至少需要一个关键词`, { id: point.id })
    }
    const weight = weightOf(point)
    total += weight
    const matched = findMention(answer, point.keywords)
    if (matched) {
      earned += weight
      covered.push({ id: point.id, label: point.label, matched })
    } else {
      missed.push({ id: point.id, label: point.label })
    }
  }
  const score = Math.round((100 * earned) / total)
  return { score, passed: score >= passScore, covered, missed }
}

/** How long a drill took, in whole seconds, and whether it ran over its limit (still scored, but flagged). */
export function drillTiming(startedAt: Date, submittedAt: Date, timeLimitSec: number): { durationSec: number; overtime: boolean } {
  const durationSec = Math.max(0, Math.round((submittedAt.getTime() - startedAt.getTime()) / 1000))
  return { durationSec, overtime: durationSec > timeLimitSec }
}
