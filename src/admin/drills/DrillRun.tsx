// One drill under way: the customer's words, the clock counting down (red once over: the answer still counts, marked
// overtime), and the answer box. Submitting scores it on the server.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { complaintsDeskApi, type DrillResultView, type DrillStartView } from '@/api/complaintsDesk'
import { Button, TextArea } from '../components/Form'
import { useAction } from '../useAction'
import { useNow } from '../useNow'
import { formatClock, formatSeconds } from './clock'

const ANSWER_MAX = 2000

interface DrillRunProps {
  drill: DrillStartView
  startedAtMs: number
  onSubmitted: (r: DrillResultView) => void
  onQuit: () => void
}

export default function DrillRun({ drill, startedAtMs, onSubmitted, onQuit }: DrillRunProps) {
  const now = useNow(1000)
  const [answer, setAnswer] = useState('')
  const action = useAction()
  const left = drill.timeLimitSec - Math.floor((now.getTime() - startedAtMs) / 1000)
  const over = left < 0
  const s = drill.scenario

  const submit = async () => {
    if (!answer.trim()) return action.setError('请先写下您的回答')
    const r = await action.run(() => complaintsDeskApi.drills.submit(drill.drillId, answer.trim()))
    if (r) onSubmitted(r)
  }

  return (
    <View className='admin-drills admin-drills__run'>
      <View className='admin-drills__run-head'>
        <View className='admin-drills__run-title'>
          <Text className='admin-drills__scenario-title'>{s.title}</Text>
          <Text className='adm-tag'>{s.categoryLabel}</Text>
          <Text className='adm-muted'>限时 {formatSeconds(drill.timeLimitSec)} · 共 {s.keyPointCount} 个要点</Text>
        </View>
        <View className={`admin-drills__timer${over ? ' is-over' : left <= 30 ? ' is-low' : ''}`} role='timer'>
          <Text className='admin-drills__timer-label'>{over ? '已超时' : '剩余时间'}</Text>
          <Text className='admin-drills__timer-value'>{formatClock(left)}</Text>
        </View>
      </View>
      <View className='admin-drills__stage is-card'>
        <Text className='admin-drills__background'>{s.background}</Text>
        <View className='admin-drills__customer'>
          <Text className='admin-drills__customer-who'>客户说：</Text>
          <Text className='admin-drills__customer-words'>{s.customerWords}</Text>
        </View>
      </View>
      <View className='admin-drills__answer'>
        <Text className='admin-drills__answer-title'>您的回答（就像在电话里对客户说的话）</Text>
        <TextArea value={answer} onChange={setAnswer} maxlength={ANSWER_MAX} height={200} placeholder='先致歉安抚，再说明怎么处理、多久给答复……' />
        {over && <Text className='adm-error'>已超过限时，仍可提交，成绩会标记为超时。</Text>}
        {action.error && <View className='adm-notice' role='alert'>{action.error}</View>}
        <View className='admin-drills__answer-foot'>
          <Text className='adm-muted'>{Array.from(answer).length}/{ANSWER_MAX}</Text>
          <View className='admin-drills__buttons'>
            <Button onClick={onQuit}>放弃本次演练</Button>
            <Button kind='primary' disabled={action.busy} onClick={submit}>{action.busy ? '评分中…' : '提交回答'}</Button>
          </View>
        </View>
      </View>
    </View>
  )
}
