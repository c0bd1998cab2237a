// 处理方案: what the company proposes (and its compensation), and — while it waits on the household — the two answers:
// 满意 (stars and a comment) or 不满意，重新处理 (a reason). Once answered, the household's answer is shown instead.
import { View, Text, Button } from '@tarojs/components'
import type { ComplaintView } from '@/api/complaint'
import Section from '@/components/Section'
import RatingStars from '@/components/RatingStars'
import { formatDateTime } from '@/format/time'

interface ResolutionProps {
  view: ComplaintView
  onSatisfied: () => void
  onReopen: () => void
}

export default function Resolution({ view, onSatisfied, onReopen }: ResolutionProps) {
  const r = view.resolution
  const c = view.confirmation
  if (!r && !(c && view.status === 'closed')) return null
  return (
    <Section title='处理方案' className='complaint-resolution' extra={r ? <Text>{formatDateTime(r.proposedAt)}</Text> : undefined}>
      {r ? <Text className='complaint-resolution__text'>{r.text}</Text> : null}
      {r?.compensation.length ? (
        <View className='complaint-resolution__compensation'>
          <Text className='complaint-resolution__label'>补偿</Text>
          {r.compensation.map((line) => <Text key={line} className='complaint-resolution__item'>{line}</Text>)}
        </View>
      ) : null}
      {view.canConfirm ? (
        <View className='complaint-resolution__answer'>
          <Text className='complaint-resolution__ask'>您对处理结果满意吗？</Text>
          <View className='complaint-resolution__buttons'>
            <Button className='jz-btn-plain jz-btn-small' onClick={onReopen}>不满意，重新处理</Button>
            <Button className='jz-btn-primary jz-btn-small' onClick={onSatisfied}>满意</Button>
          </View>
        </View>
      ) : c?.satisfied ? (
        <View className='complaint-resolution__answer'>
          <Text className='complaint-resolution__label'>您的评价</Text>
          <RatingStars value={c.rating ?? 0} readOnly size='small' />
          {c.comment ? <Text className='complaint-resolution__comment'>{c.comment}</Text> : null}
        </View>
      ) : null}
    </Section>
  )
}
