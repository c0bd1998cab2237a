// A horizontal bar chart drawn with Views: one row per item, the bar's width its share of the largest value (or of
// `max` when given, e.g. 100 for percentages). No chart library: it is a few divs and prints as it shows.
import { View, Text } from '@tarojs/components'

export interface Bar {
  key: string
  label: string
  value: number
  /** what is written after the bar; the value when absent */
  display?: string
  tone?: 'green' | 'amber' | 'red' | 'blue' | 'purple' | 'grey'
}

interface BarChartProps {
  title: string
  bars: Bar[]
  max?: number
  empty?: string
  note?: string
}

export default function BarChart({ title, bars, max, empty = '暂无数据', note }: BarChartProps) {
  const top = max ?? Math.max(0, ...bars.map((b) => b.value))
  return (
    <View className='admin-kpi__chart'>
      <View className='admin-kpi__chart-head'>
        <Text className='admin-kpi__chart-title'>{title}</Text>
        {note && <Text className='adm-muted'>{note}</Text>}
      </View>
      {bars.length === 0 ? (
        <Text className='adm-muted'>{empty}</Text>
      ) : (
        bars.map((b) => (
          <View key={b.key} className='admin-kpi__bar-row' data-testid={`bar-${b.key}`}>
            <Text className='admin-kpi__bar-label'>{b.label}</Text>
            <View className='admin-kpi__bar-track'>
              <View
                className={`admin-kpi__bar-fill is-${b.tone ?? 'green'}`}
                style={{ width: `${top > 0 ? Math.max(0, Math.min(100, (b.value / top) * 100)) : 0}%` }}
              />
            </View>
            <Text className='admin-kpi__bar-value'>{b.display ?? String(b.value)}</Text>
          </View>
        ))
      )}
    </View>
  )
}
