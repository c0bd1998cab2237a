// The household's answer to the proposed resolution. 满意: 1-5 stars (required) and an optional comment; the complaint
// closes. 不满意，重新处理: the reason is required (2-300 characters); the complaint goes back to 调查中.
import { useState } from 'react'
import { View, Text, Button, Textarea } from '@tarojs/components'
import Sheet from '@/components/Sheet'
import RatingStars from '@/components/RatingStars'
import { COMMENT_MAX, REOPEN_REASON_MAX, REOPEN_REASON_MIN, charCount } from '@/constants/complaint'

interface SheetProps<T> {
  busy: boolean
  onClose: () => void
  onSubmit: (answer: T) => void
}

/** Rendered only while open, so each opening starts empty. */
export function SatisfiedSheet({ busy, onClose, onSubmit }: SheetProps<{ rating: number; comment: string }>) {
  const [rating, setRating] = useState(0)
  const [comment, setComment] = useState('')
  return (
    <Sheet
      open
      title='评价处理结果'
      onClose={onClose}
      footer={
        <>
          <Button className='jz-btn-plain' onClick={onClose}>取消</Button>
          <Button className='jz-btn-primary' disabled={!rating || busy} loading={busy} onClick={() => onSubmit({ rating, comment: comment.trim() })}>提交评价</Button>
        </>
      }
    >
      <View className='complaint-sheet__row'>
        <Text className='complaint-sheet__label'>请为这次处理打分</Text>
        <RatingStars value={rating} onChange={setRating} />
      </View>
      <View className='complaint-sheet__row'>
        <Textarea
          className='jz-textarea'
          value={comment}
          maxlength={COMMENT_MAX}
          placeholder='说说您的感受（选填）'
          onInput={(e) => setComment(e.detail.value)}
        />
        <Text className='complaint-sheet__count'>{charCount(comment)}/{COMMENT_MAX}</Text>
      </View>
    </Sheet>
  )
}

export function ReopenSheet({ busy, onClose, onSubmit }: SheetProps<string>) {
  const [reason, setReason] = useState('')
  const enough = charCount(reason.trim()) >= REOPEN_REASON_MIN
  return (
    <Sheet
      open
      title='不满意，重新处理'
      onClose={onClose}
      footer={
        <>
          <Button className='jz-btn-plain' onClick={onClose}>取消</Button>
          <Button className='jz-btn-primary' disabled={!enough || busy} loading={busy} onClick={() => onSubmit(reason.trim())}>提交，重新处理</Button>
        </>
      }
    >
      <View className='complaint-sheet__tip'>
        <Text>请告诉我们哪里还不满意，客服会重新调查处理，并尽快联系您。</Text>
      </View>
      <View className='complaint-sheet__row'>
        <Text className='complaint-sheet__label'>不满意的原因<Text className='complaint-sheet__required'>*</Text></Text>
        <Textarea
          className='jz-textarea'
          value={reason}
          maxlength={REOPEN_REASON_MAX}
          placeholder='如：返工后厨房还是有油渍'
          onInput={(e) => setReason(e.detail.value)}
        />
        <Text className='complaint-sheet__count'>{charCount(reason)}/{REOPEN_REASON_MAX}</Text>
        {!enough && reason ? <Text className='complaint-sheet__hint'>请至少写{REOPEN_REASON_MIN}个字</Text> : null}
      </View>
    </Sheet>
  )
}
