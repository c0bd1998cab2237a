// The complaint's step as five stops: 已受理 → 已定级 → 调查中 → 处理中 → 待确认 (已结案 once it is closed).
// Passed stops are ticked, the current one is ringed; a reopened complaint goes back to 调查中.
import { View, Text } from '@tarojs/components'
import type { ComplaintStep } from '@core/contract/complaint'
import { PROGRESS_STEPS } from '@/constants/complaint'

export function progressOf(step: ComplaintStep) {
  const current = PROGRESS_STEPS.findIndex((s) => s.steps.includes(step))
  const closed = step === 'closed'
  return PROGRESS_STEPS.map((s, i) => ({
    label: i === PROGRESS_STEPS.length - 1 && closed ? '已结案' : s.label,
    done: closed || i < current,
    current: !closed && i === current
  }))
}

export default function ProgressSteps({ step }: { step: ComplaintStep }) {
  const stops = progressOf(step)
  return (
    <View className='complaint-steps' role='list' aria-label='处理进度'>
      {stops.map((s, i) => (
        <View
          key={s.label}
          role='listitem'
          aria-current={s.current ? 'step' : undefined}
          className={`complaint-steps__stop${s.done ? ' complaint-steps__stop--done' : ''}${s.current ? ' complaint-steps__stop--current' : ''}`}
        >
          <View className='complaint-steps__track'>
            <View className={`complaint-steps__line complaint-steps__line--before${i === 0 ? ' complaint-steps__line--hidden' : ''}`} />
            <View className='complaint-steps__dot'>{s.done ? '✓' : String(i + 1)}</View>
            <View className={`complaint-steps__line complaint-steps__line--after${i === stops.length - 1 ? ' complaint-steps__line--hidden' : ''}`} />
          </View>
          <Text className='complaint-steps__label'>{s.label}</Text>
        </View>
      ))}
    </View>
  )
}
