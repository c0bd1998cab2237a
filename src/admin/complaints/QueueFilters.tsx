// The queue's filters: level, step, severity, category, whose (我的 / 未分派 / 全部) and status (default: not closed).
import { View, Text } from '@tarojs/components'
import type { QueueFilter } from '@/api/complaintsDesk'
import { ChipSelect, type ChipOption } from '../components/Form'
import {
  COMPLAINT_CATEGORY_TEXT, COMPLAINT_LEVEL_TEXT, COMPLAINT_SEVERITY_TEXT, COMPLAINT_STEP_TEXT, optionsOf
} from '../vocabulary'

export interface QueueFilterValues {
  level: string
  step: string
  severity: string
  category: string
  /** '' everyone's, 'me', 'none' (not assigned yet) */
  assignee: string
  /** '' not closed */
  status: string
}

const KEYS: (keyof QueueFilterValues)[] = ['level', 'step', 'severity', 'category', 'assignee', 'status']

export function filtersFromQuery(params: Partial<Record<string, string>>): QueueFilterValues {
  return Object.fromEntries(KEYS.map((k) => [k, params[k] ?? ''])) as unknown as QueueFilterValues
}

/** The filters as complaints.queue takes them: empty ones left out. */
export function toQueueFilter(v: QueueFilterValues): QueueFilter {
  return Object.fromEntries(KEYS.filter((k) => v[k]).map((k) => [k, v[k]])) as QueueFilter
}

const ALL = { value: '', label: '全部' }

const ROWS: Array<{ key: keyof QueueFilterValues; label: string; options: ChipOption<string>[] }> = [
  { key: 'assignee', label: '处理人', options: [ALL, { value: 'me', label: '我的' }, { value: 'none', label: '未分派' }] },
  {
    key: 'status',
    label: '工单状态',
    options: [{ value: '', label: '未结案' }, { value: 'open', label: '处理中' }, { value: 'awaiting_confirmation', label: '待客户确认' }, { value: 'closed', label: '已结案' }]
  },
  { key: 'level', label: '响应级别', options: [ALL, ...optionsOf(COMPLAINT_LEVEL_TEXT)] },
  { key: 'step', label: '处理环节', options: [ALL, ...optionsOf(COMPLAINT_STEP_TEXT)] },
  { key: 'severity', label: '严重程度', options: [ALL, ...optionsOf(COMPLAINT_SEVERITY_TEXT)] },
  { key: 'category', label: '投诉类型', options: [ALL, ...optionsOf(COMPLAINT_CATEGORY_TEXT)] }
]

interface QueueFiltersProps {
  value: QueueFilterValues
  onChange: (v: QueueFilterValues) => void
}

export default function QueueFilters({ value, onChange }: QueueFiltersProps) {
  return (
    <View className='admin-complaints__filters'>
      {ROWS.map((row) => (
        <View key={row.key} className='admin-complaints__filter-row'>
          <Text className='admin-complaints__filter-label'>{row.label}</Text>
          <ChipSelect options={row.options} selected={[value[row.key]]} onToggle={(v) => onChange({ ...value, [row.key]: v })} />
        </View>
      ))}
    </View>
  )
}
