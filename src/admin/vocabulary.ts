// The option lists the desk's filters and forms offer. src/ may import only types from the backend, so the lists are
// written here and checked against the contract's types: a status, category or grade added there fails to compile here.
import type { OrderStatus } from '@core/contract/order'
import type { ServiceCategoryId } from '@core/contract/catalog'
import type { CleanerGrade } from '@core/contract/cleaner'
import type { ScriptVariable } from '@core/contract/complaint'
import type { ScriptScenario } from '@core/contract/recovery'
import type { TimeWindowId } from '@core/contract/order'
import type { ChipOption } from './components/Form'
import { COMPLAINT_CATEGORY_TEXT } from '@/constants/complaint'

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

// ---- 服务补救 (complaints desk). The complaint labels are src/'s one copy in constants/complaint.ts; a page test
// (admin/vocabulary.test.tsx) checks them and the script lists below against the contract.

export { COMPLAINT_CATEGORY_TEXT, COMPLAINT_LEVEL_TEXT, COMPLAINT_SEVERITY_TEXT, COMPLAINT_STEP_TEXT } from '@/constants/complaint'

export const SCRIPT_SCENARIO_TEXT: Record<ScriptScenario, string> = { general: '通用', ...COMPLAINT_CATEGORY_TEXT }

export const SCRIPT_VARIABLE_HELP: Record<ScriptVariable, string> = {
  客户称呼: '如：王女士',
  服务时间: '如：11月22日 上午 08:00-12:00',
  服务项目: '如：深度保洁',
  补偿内容: '如：¥50.00 优惠券',
  工单号: '投诉工单号',
  阿姨称呼: '如：李阿姨',
  客服姓名: '处理人的名字',
  处理时限: '如：今天 18:00 前',
  公司名称: '公司对外名称'
}

export const SCRIPT_VARIABLE_NAMES = Object.keys(SCRIPT_VARIABLE_HELP) as ScriptVariable[]

export const WINDOW_OPTIONS = [
  { value: 'morning', label: '上午 08:00-12:00' },
  { value: 'afternoon', label: '下午 13:00-17:00' },
  { value: 'evening', label: '晚上 18:00-21:00' }
] as const satisfies readonly ChipOption<TimeWindowId>[]

/** A Record of labels as chip options, in the Record's order. */
export function optionsOf<V extends string>(labels: Record<V, string>): ChipOption<V>[] {
  return (Object.keys(labels) as V[]).map((value) => ({ value, label: labels[value] }))
}

// The customer file's lifecycle stage and membership tier are plain strings in the contract (DESIGN §1, §5); these are
// the names the desk shows for the ones in use, anything else is shown as it is.
const CUSTOMER_STAGE_TEXT: Record<string, string> = {
  prospect: '潜在客户', new: '新客', active: '老客', returning: '老客', at_risk: '流失风险', churned: '已流失', won_back: '已挽回'
}
const CUSTOMER_TIER_TEXT: Record<string, string> = { regular: '普通会员', silver: '银卡会员', gold: '金卡会员', platinum: '白金会员', diamond: '钻石会员' }

export const customerStageText = (stage: string) => CUSTOMER_STAGE_TEXT[stage] ?? stage
export const customerTierText = (tier: string) => CUSTOMER_TIER_TEXT[tier] ?? tier
