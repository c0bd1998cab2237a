// The order filters: a day (全部 / 今天 / 明天 / any date), a status and a service category.
import { View, Text, Picker } from '@tarojs/components'
import { ChipSelect } from '../components/Form'
import { ORDER_STATUS_OPTIONS, CATEGORY_OPTIONS } from '../vocabulary'
import { shanghaiToday, addDays } from '@/format/time'
import { formatDate } from '@/format/time'

export interface OrderFilterValues {
  date: string
  status: string
  category: string
}

interface OrderFiltersProps {
  value: OrderFilterValues
  onChange: (v: OrderFilterValues) => void
}

const ALL = { value: '', label: '全部' }

export default function OrderFilters({ value, onChange }: OrderFiltersProps) {
  const today = shanghaiToday()
  const tomorrow = addDays(today, 1)
  const set = (patch: Partial<OrderFilterValues>) => onChange({ ...value, ...patch })
  const otherDay = value.date && value.date !== today && value.date !== tomorrow ? value.date : ''
  const dayOptions = [ALL, { value: today, label: '今天' }, { value: tomorrow, label: '明天' }]

  return (
    <View className='admin-orders__filters adm-card'>
      <View className='admin-orders__filter-row'>
        <Text className='admin-orders__filter-label'>服务日期</Text>
        <ChipSelect options={dayOptions} selected={[otherDay ? '-' : value.date]} onToggle={(date) => set({ date })} />
        <Picker mode='date' value={value.date || today} onChange={(e) => set({ date: String(e.detail.value) })}>
          <View className={`adm-chip${otherDay ? ' is-on' : ''}`}>{otherDay ? formatDate(otherDay) : '选择日期…'}</View>
        </Picker>
      </View>
      <View className='admin-orders__filter-row'>
        <Text className='admin-orders__filter-label'>订单状态</Text>
        <ChipSelect options={[ALL, ...ORDER_STATUS_OPTIONS]} selected={[value.status]} onToggle={(status) => set({ status })} />
      </View>
      <View className='admin-orders__filter-row'>
        <Text className='admin-orders__filter-label'>服务类别</Text>
        <ChipSelect options={[ALL, ...CATEGORY_OPTIONS]} selected={[value.category]} onToggle={(category) => set({ category })} />
      </View>
    </View>
  )
}
