// How staff see a cleaner: masked phone, never the ciphertext or the openid; the invite code only to those who may
// issue one (cleaners.list passes showInvite from the invite action's declared role).
import { SERVICE_CATEGORIES } from '../../core/contract/catalog'
import { CLEANER_GRADE_LABELS } from '../../core/contract/cleaner'
import type { CleanerDoc } from '../../core/cleaners/accounts'
import type { CleanerAdminView } from '../../core/contract/api/admin'

export function cleanerAdminView(c: CleanerDoc, showInvite = true): CleanerAdminView {
  const skills = c.skills ?? []
  return {
    id: c._id,
    name: c.name,
    phoneMasked: c.phoneMasked ?? '',
    skills,
    skillLabels: skills.map((s) => SERVICE_CATEGORIES[s]?.label ?? s),
    grade: c.grade,
    gradeLabel: CLEANER_GRADE_LABELS[c.grade] ?? c.grade,
    rating: c.rating ?? null,
    active: c.active,
    bound: !!c.openid,
    inviteCode: showInvite ? c.inviteCode ?? null : null,
    leave: c.leave ?? [],
    createdAt: c.createdAt.toISOString()
  }
}
