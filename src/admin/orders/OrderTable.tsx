// The orders as rows: 订单号, 服务, 服务时间, 客户 (masked), 区域, 状态, 阿姨.
import { Text } from '@tarojs/components'
import type { AdminOrderSummary } from '@/api/admin'
import DataTable, { type Column } from '../components/DataTable'

const COLUMNS: Column<AdminOrderSummary>[] = [
  { key: 'no', title: '订单号', width: '180px', render: (o) => o.orderNo },
  { key: 'service', title: '服务', width: 'minmax(140px, 1fr)', render: (o) => o.serviceName },
  { key: 'slot', title: '服务时间', width: '230px', render: (o) => o.slotLabel },
  { key: 'customer', title: '客户', width: '140px', render: (o) => `${o.customer.nameMasked} ${o.customer.phoneMasked}` },
  { key: 'district', title: '区域', width: '140px', render: (o) => o.district },
  { key: 'status', title: '状态', width: '160px', render: (o) => (
    <>
      <Text className={`adm-tag is-${o.status}`}>{o.statusLabel}</Text>
      {o.reschedulePending && <Text className='adm-tag is-warn'>改约待审</Text>}
    </>
  ) },
  { key: 'cleaner', title: '阿姨', width: '110px', render: (o) => o.cleaner?.name ?? <Text className='adm-muted'>未派单</Text> }
]

interface OrderTableProps {
  rows: AdminOrderSummary[]
  loading: boolean
  selectedId?: string
  onOpen: (o: AdminOrderSummary) => void
}

export default function OrderTable({ rows, loading, selectedId, onOpen }: OrderTableProps) {
  return (
    <DataTable
      columns={COLUMNS}
      rows={rows}
      rowKey={(o) => o.id}
      onRowClick={onOpen}
      selectedKey={selectedId}
      loading={loading}
      empty='没有符合条件的订单'
    />
  )
}
