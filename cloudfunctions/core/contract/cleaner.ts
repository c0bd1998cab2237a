// The cleaner's vocabulary: grades and leave.

export const CLEANER_GRADES = ['regular', 'silver', 'gold'] as const
export type CleanerGrade = (typeof CLEANER_GRADES)[number]

export const CLEANER_GRADE_LABELS: Record<CleanerGrade, string> = {
  regular: '普通',
  silver: '银牌',
  gold: '金牌'
}

/** A leave of whole Shanghai days, both ends included ('YYYY-MM-DD'); a single day has from === to. */
export interface LeaveSpan {
  from: string
  to: string
  reason?: string
}
