// A household's family situation as the short tags staff and cleaners read: 有老人 / 有小孩 / 有宠物.
import type { FamilyInfo } from '@core/contract/api/user'

const FAMILY_TAGS: { key: 'elderly' | 'children' | 'pets'; label: string }[] = [
  { key: 'elderly', label: '有老人' },
  { key: 'children', label: '有小孩' },
  { key: 'pets', label: '有宠物' }
]

export function familyTags(family: Pick<FamilyInfo, 'elderly' | 'children' | 'pets'> | null | undefined): string[] {
  return family ? FAMILY_TAGS.filter((t) => family[t.key]).map((t) => t.label) : []
}
