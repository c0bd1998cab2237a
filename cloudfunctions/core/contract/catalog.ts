// The service catalogue's vocabulary: category ids, their Chinese names and how each is usually priced.
// Cleaner skills use the same ids. The frontend imports the types; labels reach it in API responses.

export const SERVICE_CATEGORY_IDS = [
  'daily_cleaning',
  'deep_cleaning',
  'move_in_cleaning',
  'disinfection',
  'appliance_cleaning',
  'nanny',
  'maternity_nurse',
  'child_care'
] as const
export type ServiceCategoryId = (typeof SERVICE_CATEGORY_IDS)[number]

/** visit: per visit (or per appliance); hour: per hour booked; day: per day of live-in care; package_26d: per 26-day term. */
export const PRICE_UNITS = ['visit', 'hour', 'day', 'package_26d'] as const
export type PriceUnit = (typeof PRICE_UNITS)[number]

export const PRICE_UNIT_LABELS: Record<PriceUnit, string> = {
  visit: '次',
  hour: '小时',
  day: '天',
  package_26d: '26天'
}

/** The customer-file category (客户档案 category) a service belongs to. */
export const SERVICE_GROUPS = ['cleaning', 'home_care', 'maternity'] as const
export type ServiceGroupId = (typeof SERVICE_GROUPS)[number]

export const SERVICE_GROUP_LABELS: Record<ServiceGroupId, string> = {
  cleaning: '家庭保洁',
  home_care: '保姆照顾',
  maternity: '月嫂服务'
}

export interface ServiceCategoryInfo {
  label: string
  group: ServiceGroupId
  /** How the seed catalogue and the admin form price this category; each service document carries its own unit. */
  defaultUnit: PriceUnit
}

export const SERVICE_CATEGORIES: Record<ServiceCategoryId, ServiceCategoryInfo> = {
  daily_cleaning: { label: '日常保洁', group: 'cleaning', defaultUnit: 'hour' },
  deep_cleaning: { label: '深度保洁', group: 'cleaning', defaultUnit: 'visit' },
  move_in_cleaning: { label: '开荒保洁', group: 'cleaning', defaultUnit: 'visit' },
  disinfection: { label: '消毒杀菌', group: 'cleaning', defaultUnit: 'visit' },
  appliance_cleaning: { label: '家电清洗', group: 'cleaning', defaultUnit: 'visit' },
  nanny: { label: '保姆', group: 'home_care', defaultUnit: 'day' },
  maternity_nurse: { label: '月嫂', group: 'maternity', defaultUnit: 'package_26d' },
  child_care: { label: '育儿嫂', group: 'home_care', defaultUnit: 'day' }
}

export function isServiceCategoryId(value: unknown): value is ServiceCategoryId {
  return typeof value === 'string' && (SERVICE_CATEGORY_IDS as readonly string[]).includes(value)
}
