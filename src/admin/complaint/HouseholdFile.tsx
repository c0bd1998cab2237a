// Who complained and about which service: the household file (masked), the order, and the household's earlier
// complaints (a repeat complainer needs more care; each opens its own work order).
import { View, Text } from '@tarojs/components'
import type { WorkOrderView } from '@/api/complaintsDesk'
import { formatFen } from '@/format/money'
import { formatDateTime } from '@/format/time'
import { goAdmin } from '../navigation'
import { customerStageText, customerTierText } from '../vocabulary'
import { Card, Fact } from './Card'

export function HouseholdCard({ wo, now }: { wo: WorkOrderView; now: Date }) {
  const h = wo.household
  return (
    <Card title='客户档案'>
      <Fact label='客户'>{`${h.nameMasked || '—'} ${h.phoneMasked}`}</Fact>
      <Fact label='下单次数'>{`${h.orderCount} 次`}</Fact>
      {(h.tier || h.stage) && <Fact label='客户分层'>{[h.stage && customerStageText(h.stage), h.tier && customerTierText(h.tier)].filter(Boolean).join(' · ')}</Fact>}
      {h.valueScore !== null && <Fact label='价值分'>{String(h.valueScore)}</Fact>}
      {h.tags.length > 0 && (
        <Fact label='标签'>
          {h.tags.map((t) => <Text key={t} className='adm-tag'>{t}</Text>)}
        </Fact>
      )}
      {h.since && <Fact label='建档时间'>{formatDateTime(h.since, now)}</Fact>}
    </Card>
  )
}

export function OrderCard({ wo, now }: { wo: WorkOrderView; now: Date }) {
  const o = wo.order
  return (
    <Card title='关联订单'>
      {!o ? (
        <Text className='adm-muted'>这张投诉没有关联订单</Text>
      ) : (
        <>
          <Fact label='订单号'>
            {o.orderNo} <Text className={`adm-tag is-${o.status}`}>{o.statusLabel}</Text>
          </Fact>
          <Fact label='服务'>{o.serviceName}</Fact>
          <Fact label='服务时间'>{o.slotLabel}</Fact>
          <Fact label='服务区域'>{o.area}</Fact>
          <Fact label='实付'>{formatFen(o.payableFen)}</Fact>
          <Fact label='服务阿姨'>{o.cleaner ? `${o.cleaner.name}（${o.cleaner.gradeLabel}）` : <Text className='adm-muted'>未派单</Text>}</Fact>
          {o.checkIn && <Fact label='签到'>{formatDateTime(o.checkIn, now)}</Fact>}
          {o.checkOut && <Fact label='签退'>{formatDateTime(o.checkOut, now)}</Fact>}
          {o.confirmedAt && <Fact label='客户确认'>{formatDateTime(o.confirmedAt, now)}</Fact>}
        </>
      )}
    </Card>
  )
}

export function EarlierComplaints({ wo, now }: { wo: WorkOrderView; now: Date }) {
  const list = wo.earlierComplaints
  return (
    <Card title={`历史投诉（${list.length}）`}>
      {list.length === 0 ? (
        <Text className='adm-muted'>这是该客户的第一次投诉</Text>
      ) : (
        <View className='admin-wo__earlier'>
          {list.map((c) => (
            <View key={c.id} className='admin-wo__earlier-row' onClick={() => goAdmin('complaint', { id: c.id })}>
              <Text className='admin-wo__earlier-no'>{c.ticketNo}</Text>
              <Text>{c.categoryLabel}</Text>
              <Text className='adm-muted'>{c.stepLabel}</Text>
              <Text className='adm-muted'>{formatDateTime(c.createdAt, now)}</Text>
            </View>
          ))}
        </View>
      )}
    </Card>
  )
}
