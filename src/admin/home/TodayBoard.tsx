// Today's numbers. Each is a count of orders.list pages (capped, shown as 50+), which is enough for a first desk;
// later desks add their KPIs here from their own endpoints.
import { View, Text } from '@tarojs/components'
import { adminApi, type OrderFilter } from '@/api/admin'
import { useRequest } from '@/api/useRequest'
import { formatDate } from '@/format/time'
import { useStaff } from '../components/AdminShell'
import { goAdmin } from '../navigation'
import { shanghaiToday, addDays } from '@/format/time'

const COUNT_LIMIT = 50

interface Tile {
  key: string
  label: string
  filter: Pick<OrderFilter, 'date' | 'status'>
  tone?: 'warn'
}

function tiles(today: string): Tile[] {
  const tomorrow = addDays(today, 1)
  return [
    { key: 'today-pending', label: '今日待派单', filter: { date: today, status: 'pending_dispatch' }, tone: 'warn' },
    { key: 'tomorrow-pending', label: '明日待派单', filter: { date: tomorrow, status: 'pending_dispatch' }, tone: 'warn' },
    { key: 'today-all', label: '今日订单', filter: { date: today } },
    { key: 'today-in-service', label: '今日服务中', filter: { date: today, status: 'in_service' } },
    { key: 'tomorrow-all', label: '明日订单', filter: { date: tomorrow } }
  ]
}

async function countOrders(filter: Tile['filter']): Promise<string> {
  const page = await adminApi.orders.list({ ...filter, limit: COUNT_LIMIT })
  return page.nextCursor ? `${COUNT_LIMIT}+` : String(page.list.length)
}

export default function TodayBoard() {
  const staff = useStaff()
  const today = shanghaiToday()
  const list = tiles(today)
  const counts = useRequest(() => Promise.all(list.map((t) => countOrders(t.filter))), [today])

  return (
    <View className='admin-home'>
      <View className='admin-home__hello adm-card'>
        <Text className='admin-home__greeting'>{staff.name}，您好</Text>
        <Text className='adm-muted'>今天是 {formatDate(today)}。待派单的订单请尽快在「订单调度」中安排阿姨。</Text>
      </View>
      {counts.error && <View className='adm-notice'>{counts.error.message}</View>}
      <View className='admin-home__tiles'>
        {list.map((t, i) => (
          <View
            key={t.key}
            className={`admin-home__tile adm-card${t.tone === 'warn' ? ' is-warn' : ''}`}
            onClick={() => goAdmin('orders', { date: t.filter.date ?? '', status: t.filter.status ?? '' })}
          >
            <Text className='admin-home__tile-label'>{t.label}</Text>
            <Text className='admin-home__tile-value'>{counts.data ? counts.data[i] : '—'}</Text>
            <Text className='adm-muted'>{formatDate(t.filter.date!)}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
