// The order desk: filters on top, the table below, and the chosen order in a drawer. A change made in the drawer
// replaces that row in place, so the list does not jump.
import { useState } from 'react'
import { View } from '@tarojs/components'
import { adminApi, type AdminOrderSummary, type OrderFilter } from '@/api/admin'
import { usePagedList } from '@/api/usePagedList'
import { Button } from '../components/Form'
import { useRowEdits } from '../useRowEdits'
import OrderFilters, { type OrderFilterValues } from './OrderFilters'
import OrderTable from './OrderTable'
import OrderDrawer from './OrderDrawer'

export default function OrdersDesk({ initial }: { initial: OrderFilterValues }) {
  const [filters, setFilters] = useState<OrderFilterValues>(initial)
  const [openId, setOpenId] = useState<string>()
  const filterKey = `${filters.date}|${filters.status}|${filters.category}`
  const orders = usePagedList<AdminOrderSummary>(
    (cursor) =>
      adminApi.orders.list({
        date: filters.date || undefined,
        status: (filters.status || undefined) as OrderFilter['status'],
        category: (filters.category || undefined) as OrderFilter['category'],
        cursor: cursor ?? undefined
      }),
    [filterKey]
  )
  const { rows, put } = useRowEdits(orders.items, filterKey)

  return (
    <View className='admin-orders'>
      <OrderFilters value={filters} onChange={setFilters} />
      {orders.error && <View className='adm-notice'>{orders.error.message}</View>}
      <OrderTable rows={rows} loading={orders.loading} selectedId={openId} onOpen={(o) => setOpenId(o.id)} />
      <View className='admin-orders__more'>
        {orders.moreError && <View className='adm-notice'>{orders.moreError.message}</View>}
        {orders.hasMore && <Button onClick={orders.loadMore}>{orders.loadingMore ? '加载中…' : '加载更多'}</Button>}
      </View>
      {openId && <OrderDrawer orderId={openId} onClose={() => setOpenId(undefined)} onChanged={put} />}
    </View>
  )
}
