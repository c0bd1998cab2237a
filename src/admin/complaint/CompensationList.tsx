// The compensation on this work order: what was offered, by whom, whether it is granted or waits for approval, and
// (for a supervisor or manager whose limit covers it) the button to approve it.
import { View, Text } from '@tarojs/components'
import { formatDateTime } from '@/format/time'
import { Button } from '../components/Form'
import { useWorkOrderAct, type WorkOrderHandle } from './useWorkOrderAct'
import RefusalNotice from './RefusalNotice'
import { Card } from './Card'

export default function CompensationList({ wo, now }: { wo: WorkOrderHandle; now: Date }) {
  const acting = useWorkOrderAct(wo)
  const list = wo.view.compensations
  if (list.length === 0) return null

  return (
    <Card title='补偿记录'>
      <View className='admin-wo__compensations'>
        {list.map((c) => (
          <View key={c.n} className={`admin-wo__compensation is-${c.status}`}>
            <View className='admin-wo__compensation-head'>
              <Text className='admin-wo__strong'>{c.description}</Text>
              <Text className={`adm-tag ${c.status === 'granted' ? 'is-ok' : 'is-warn'}`}>{c.statusLabel}</Text>
            </View>
            {c.note && <Text>{c.note}</Text>}
            {c.reservice && <Text className='adm-muted'>返工：{c.reservice.slotLabel}{c.reservice.orderNo ? `（订单 ${c.reservice.orderNo}）` : ''}</Text>}
            <Text className='adm-muted'>
              {c.proposedBy} 提出 · {formatDateTime(c.proposedAt, now)}
              {c.approvedBy && c.approvedAt ? `；${c.approvedBy} 批准 · ${formatDateTime(c.approvedAt, now)}` : ''}
            </Text>
            {c.canApprove && (
              <View className='admin-wo__form-buttons'>
                <Button small kind='primary' disabled={acting.busy} onClick={() => acting.act({ op: 'approve_compensation', compensationN: c.n })}>
                  批准这项补偿
                </Button>
              </View>
            )}
          </View>
        ))}
      </View>
      <RefusalNotice refusal={acting.refusal} />
    </Card>
  )
}
