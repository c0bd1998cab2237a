// The option lists the desk's filters and forms offer. src/ may import only types from the backend, so the lists are
// written here and checked against the contract's types: a status, category or grade added there fails to compile here.
import type { OrderStatus } from '@core/contract/order'
import type { ServiceCategoryId } from '@core/contract/catalog'
import type { CleanerGrade } from '@core/contract/cleaner'
import type { ChipOption } from './components/Form'

export const ORDER_STATUS_OPTIONS = [
  { value: 'pending_dispatch', label: '待派单' },
  { value: 'dispatched', label: '已派单' },
  { value: 'in_service', label: '服务中' },
  { value: 'awaiting_confirmation', label: '待确认' },
  { value: 'completed', label: '已完成' },
  { value: 'cancelled', label: '已取消' }
] as const satisfies readonly ChipOption<OrderStatus>[]

export const CATEGORY_OPTIONS = [
  { value: 'daily_cleaning', label: '日常保洁' },
  { value: 'deep_cleaning', label: '深度保洁' },
  { value: 'move_in_cleaning', label: '开荒保洁' },
  { value: 'disinfection', label: '消毒杀菌' },
  { value: 'appliance_cleaning', label: '家电清洗' },
  { value: 'nanny', label: '保姆' },
  { value: 'maternity_nurse', label: '月嫂' },
  { value: 'child_care', label: '育儿嫂' }
] as const satisfies readonly ChipOption<ServiceCategoryId>[]

export const GRADE_OPTIONS = [
  { value: 'regular', label: '普通' },
  { value: 'silver', label: '银牌' },
  { value: 'gold', label: '金牌' }
] as const satisfies readonly ChipOption<CleanerGrade>[]

// Exhaustiveness: each list names every id of its contract type.
type Missing<All extends string, Listed extends { value: string }> = Exclude<All, Listed['value']>
const complete: [Missing<OrderStatus, (typeof ORDER_STATUS_OPTIONS)[number]>, Missing<ServiceCategoryId, (typeof CATEGORY_OPTIONS)[number]>, Missing<CleanerGrade, (typeof GRADE_OPTIONS)[number]>] extends [never, never, never] ? true : false = true
void complete

export function labelOf(options: readonly ChipOption<string>[], value: string): string {
  return options.find((o) => o.value === value)?.label ?? value
}
