// The queue desk: filters, a strip with what needs attention (new, escalated, late), the table, load more. The list
// is read again every 30 s; work orders that arrived with a refresh are flashed. Rows stay in the server's order
// (rules/complaints/queueOrder, one home for it): a clock that runs out on screen turns its row overdue where it
// stands, already among the first of the running ones, and the next refresh brings the order the server keeps.
import { useEffect, useRef, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { complaintsDeskApi, type QueueItem } from '@/api/complaintsDesk'
import { usePagedList } from '@/api/usePagedList'
import { Button } from '../components/Form'
import { goAdmin } from '../navigation'
import { formatClockTime, serverNow } from '@/format/time'
import { readSla } from '../sla'
import { useInterval, useNow } from '../useNow'
import QueueFilters, { toQueueFilter, type QueueFilterValues } from './QueueFilters'
import QueueTable, { isNew } from './QueueTable'

export const QUEUE_REFRESH_MS = 30_000
const PAGE_SIZE = 50


/** Ids in the list now that were not there at the previous load (none on the first load of a filter). */
function useArrivals(items: QueueItem[], loading: boolean, resetKey: string): ReadonlySet<string> {
  const seen = useRef<Set<string> | null>(null)
  const [arrived, setArrived] = useState<ReadonlySet<string>>(new Set())
  useEffect(() => {
    seen.current = null
    setArrived(new Set())
  }, [resetKey])
  useEffect(() => {
    if (loading) return
    const ids = items.map((i) => i.id)
    if (seen.current === null) {
      seen.current = new Set(ids)
      return
    }
    const known = seen.current
    const fresh = ids.filter((id) => !known.has(id))
    ids.forEach((id) => known.add(id))
    setArrived(new Set(fresh))
  }, [items, loading])
  return arrived
}

export default function ComplaintsDesk({ initial }: { initial: QueueFilterValues }) {
  const [filters, setFilters] = useState<QueueFilterValues>(initial)
  const filterKey = JSON.stringify(filters)
  const queue = usePagedList<QueueItem>(
    (cursor) => complaintsDeskApi.complaints.queue({ ...toQueueFilter(filters), limit: PAGE_SIZE, cursor: cursor ?? undefined }),
    [filterKey]
  )
  const now = useNow(1000)
  const [loadedAt, setLoadedAt] = useState<Date>()
  useEffect(() => {
    if (!queue.loading && !queue.refreshing && !queue.error) setLoadedAt(serverNow())
  }, [queue.items, queue.loading, queue.refreshing, queue.error])
  useInterval(() => {
    if (!queue.loading && !queue.refreshing && !queue.loadingMore) queue.refresh()
  }, QUEUE_REFRESH_MS)
  const arrived = useArrivals(queue.items, queue.loading || queue.refreshing, filterKey)

  const rows = queue.items
  const late = rows.filter((r) => ['overdue', 'breached'].includes(readSla(r.sla, now).state)).length
  const warning = rows.filter((r) => readSla(r.sla, now).state === 'warning').length
  const fresh = rows.filter(isNew).length
  const escalated = rows.filter((r) => r.escalated).length

  return (
    <View className='admin-complaints'>
      <QueueFilters value={filters} onChange={setFilters} />
      <View className='admin-complaints__strip'>
        <View className='admin-complaints__counts'>
          <Text className={`admin-complaints__count is-late${late ? ' is-on' : ''}`}>超时/违约 {late}</Text>
          <Text className={`admin-complaints__count is-warning${warning ? ' is-on' : ''}`}>即将超时 {warning}</Text>
          <Text className={`admin-complaints__count is-new${fresh ? ' is-on' : ''}`}>新工单 {fresh}</Text>
          <Text className={`admin-complaints__count is-escalated${escalated ? ' is-on' : ''}`}>已升级 {escalated}</Text>
        </View>
        <View className='admin-complaints__refresh'>
          {arrived.size > 0 && <View className='admin-complaints__arrived' role='status'>刚到 {arrived.size} 张新工单</View>}
          <Text className='adm-muted'>{loadedAt ? `更新于 ${formatClockTime(loadedAt)} · 每 30 秒自动刷新` : '正在读取…'}</Text>
          <Button small onClick={queue.refresh} disabled={queue.refreshing}>{queue.refreshing ? '刷新中…' : '刷新'}</Button>
        </View>
      </View>
      {queue.error && <View className='adm-notice'>{queue.error.message}</View>}
      <QueueTable rows={rows} loading={queue.loading} now={now} arrived={arrived} onOpen={(c) => goAdmin('complaint', { id: c.id })} />
      <View className='admin-complaints__more'>
        {queue.moreError && <View className='adm-notice'>{queue.moreError.message}</View>}
        {queue.hasMore && <Button onClick={queue.loadMore}>{queue.loadingMore ? '加载中…' : '加载更多'}</Button>}
      </View>
    </View>
  )
}
