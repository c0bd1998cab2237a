// The head of the work order: ticket number with its marks, where it is in the five steps, who has it, and both SLA
// clocks with their deadlines and a live countdown.
import { View, Text } from '@tarojs/components'
import type { WorkOrderView } from '@/api/complaintsDesk'
import type { ComplaintStep } from '@core/contract/complaint'
import { formatDateTime } from '@/format/time'
import SlaCountdown from '../components/SlaCountdown'
import { COMPLAINT_STEP_TEXT } from '../vocabulary'
import { countdownText, SLA_CLOCK_TEXT } from '../sla'

const STEPS = Object.keys(COMPLAINT_STEP_TEXT) as ComplaintStep[]

const CLOCK_STATUS_TEXT = { running: '计时中', paused: '已暂停', met: '已达标', breached: '已超时' } as const

function ClockRow({ clock, now }: { clock: WorkOrderView['sla']['clocks'][number]; now: Date }) {
  const remainingMs = Date.parse(clock.dueAt) - now.getTime()
  const running = clock.status === 'running' || clock.status === 'paused' || (clock.status === 'breached' && !clock.stoppedAt)
  return (
    <View className={`admin-wo__clock is-${clock.status}`}>
      <Text className='admin-wo__clock-name'>{SLA_CLOCK_TEXT[clock.clock] ?? clock.label}</Text>
      <Text className='admin-wo__clock-status'>{CLOCK_STATUS_TEXT[clock.status]}</Text>
      <Text className='adm-muted'>时限 {formatDateTime(clock.dueAt, now)}</Text>
      {running && <Text className='admin-wo__clock-left'>{countdownText({ state: 'ok', paused: clock.status === 'paused', clock: clock.clock, remainingMs })}</Text>}
      {clock.stoppedAt && <Text className='adm-muted'>完成于 {formatDateTime(clock.stoppedAt, now)}</Text>}
    </View>
  )
}

export default function WorkOrderHeader({ wo, now }: { wo: WorkOrderView; now: Date }) {
  // a closed work order has done every step
  const current = wo.step === 'closed' ? STEPS.length : STEPS.indexOf(wo.step)
  return (
    <View className='admin-wo__header adm-card'>
      <View className='admin-wo__title-row'>
        <View className='admin-wo__title'>
          <Text className='admin-wo__ticket'>工单 {wo.ticketNo}</Text>
          <Text className='adm-tag'>{wo.categoryLabel}</Text>
          <Text className={`adm-tag is-sev-${wo.severity}`}>{wo.severityLabel}</Text>
          <Text className='adm-tag is-level'>{wo.levelLabel}</Text>
          {wo.escalated && <Text className='adm-tag is-escalated'>已升级</Text>}
          {wo.incidentId && <Text className='adm-tag is-incident'>群体事件</Text>}
          {wo.reopenCount > 0 && <Text className='adm-tag is-warn'>重开 {wo.reopenCount} 次</Text>}
        </View>
        <SlaCountdown sla={wo.sla} now={now} />
      </View>
      <View className='admin-wo__meta'>
        <Text>处理人：{wo.assignee ? wo.assignee.name : '未分派'}</Text>
        <Text>受理时间：{formatDateTime(wo.createdAt, now)}</Text>
        <Text>最近更新：{formatDateTime(wo.lastEventAt, now)}</Text>
        {wo.closedAt && <Text>结案时间：{formatDateTime(wo.closedAt, now)}</Text>}
      </View>
      <View className='admin-wo__steps'>
        {STEPS.map((step, i) => (
          <View key={step} className={`admin-wo__step${i < current ? ' is-done' : ''}${i === current ? ' is-current' : ''}`}>
            <Text className='admin-wo__step-dot'>{i < current ? '✓' : i + 1}</Text>
            <Text className='admin-wo__step-label'>{COMPLAINT_STEP_TEXT[step]}</Text>
          </View>
        ))}
      </View>
      <View className='admin-wo__clocks'>
        {wo.sla.clocks.map((c) => <ClockRow key={c.clock} clock={c} now={now} />)}
        {wo.sla.breaches.map((b) => (
          <Text key={b.clock} className='admin-wo__breach'>
            {SLA_CLOCK_TEXT[b.clock]}超时（{formatDateTime(b.detectedAt, now)} 记录），已由 {b.levelFrom} 升级至 {b.levelTo}
          </Text>
        ))}
      </View>
    </View>
  )
}
