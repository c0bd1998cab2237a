// The queue as rows: 工单号 (with 新 / 已升级 / 群体事件), 类型, 严重程度, 级别, 环节, 处理人, 客户 (masked), SLA.
import { View, Text } from '@tarojs/components'
import type { QueueItem } from '@/api/complaintsDesk'
import DataTable, { type Column } from '../components/DataTable'
import SlaCountdown from '../components/SlaCountdown'
import { formatShortDateTime } from '@/format/time'

/** Not yet assessed: nobody has looked at it properly. */
export const isNew = (item: QueueItem) => item.step === 'received'

function columns(now: Date): Column<QueueItem>[] {
  return [
    {
      key: 'no',
      title: '工单号',
      width: '156px',
      render: (c) => (
        <View className='admin-complaints__ticket'>
          <Text className='admin-complaints__ticket-no'>{c.ticketNo}</Text>
          {isNew(c) && <Text className='adm-tag is-new'>新</Text>}
          {c.escalated && <Text className='adm-tag is-escalated'>已升级</Text>}
          {c.incidentId && <Text className='adm-tag is-incident'>群体</Text>}
        </View>
      )
    },
    { key: 'category', title: '投诉类型', width: 'minmax(90px, 1fr)', render: (c) => c.categoryLabel },
    { key: 'severity', title: '严重程度', width: '76px', render: (c) => <Text className={`adm-tag is-sev-${c.severity}`}>{c.severityLabel}</Text> },
    { key: 'level', title: '级别', width: '56px', render: (c) => <Text className='adm-tag is-level'>{c.level}</Text> },
    { key: 'step', title: '处理环节', width: '84px', render: (c) => c.stepLabel },
    { key: 'assignee', title: '处理人', width: '80px', render: (c) => c.assignee?.name ?? <Text className='adm-muted'>未分派</Text> },
    { key: 'customer', title: '客户', width: '64px', render: (c) => c.customerName || <Text className='adm-muted'>—</Text> },
    { key: 'created', title: '受理时间', width: '104px', render: (c) => <Text className='adm-muted'>{formatShortDateTime(c.createdAt)}</Text> },
    { key: 'sla', title: 'SLA 时限', width: '210px', render: (c) => <SlaCountdown sla={c.sla} now={now} short /> }
  ]
}

interface QueueTableProps {
  rows: QueueItem[]
  loading: boolean
  now: Date
  /** ids that arrived with the last refresh */
  arrived: ReadonlySet<string>
  onOpen: (item: QueueItem) => void
}

export default function QueueTable({ rows, loading, now, arrived, onOpen }: QueueTableProps) {
  return (
    <DataTable
      columns={columns(now)}
      rows={rows}
      rowKey={(c) => c.id}
      onRowClick={onOpen}
      loading={loading}
      empty='没有符合条件的投诉工单'
      rowClassName={(c) =>
        [c.escalated && 'is-escalated', isNew(c) && 'is-new', arrived.has(c.id) && 'is-arrived'].filter(Boolean).join(' ') || undefined
      }
    />
  )
}
