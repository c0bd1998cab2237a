// The SLA countdown as a coloured pill: green ok, amber warning, red overdue, dark red breached, grey met or paused.
import { View, Text } from '@tarojs/components'
import type { DeskSla } from '@/api/complaintsDesk'
import { countdownText, readSla, SLA_CLOCK_SHORT, SLA_CLOCK_TEXT, SLA_STATE_TEXT } from '../../sla'

import './index.scss'

interface SlaCountdownProps {
  sla: Pick<DeskSla, 'state' | 'nextDue' | 'nextClock' | 'paused'>
  now: Date
  /** show which clock the countdown is for (首次响应 / 解决) */
  withClock?: boolean
  /** the clock's short name (响应 / 解决), for narrow cells */
  short?: boolean
}

export default function SlaCountdown({ sla, now, withClock = true, short = false }: SlaCountdownProps) {
  const r = readSla(sla, now)
  const counting = r.state !== 'met' && (r.remainingMs !== null || r.paused)
  return (
    <View className={`adm-sla is-${r.state}${r.paused ? ' is-paused' : ''}`} data-sla={r.state}>
      <Text className='adm-sla__state'>{SLA_STATE_TEXT[r.state]}</Text>
      {counting && (
        <Text className='adm-sla__time'>
          {withClock && r.clock && !r.paused ? `${(short ? SLA_CLOCK_SHORT : SLA_CLOCK_TEXT)[r.clock]} ` : ''}
          {countdownText(r)}
        </Text>
      )}
    </View>
  )
}
