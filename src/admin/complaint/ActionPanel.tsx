// The actions the caller may take on this work order now (the server's list, per the workflow rules). Each opens a
// small form for what it needs: severity, assignee, compensation, the resolution text, or an optional remark.
// Reply and internal note have their own boxes; approving compensation sits with the compensation list.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { ComplaintAction, ComplaintSeverity } from '@core/contract/complaint'
import { Button, ChipSelect, TextArea } from '../components/Form'
import { COMPLAINT_SEVERITY_TEXT, optionsOf } from '../vocabulary'
import { useWorkOrderAct, type ActPayload, type WorkOrderActing, type WorkOrderHandle } from './useWorkOrderAct'
import RefusalNotice from './RefusalNotice'
import AssigneePicker from './AssigneePicker'
import CompensationForm from './CompensationForm'

/** Handled elsewhere on the page (reply / note boxes, compensation list) or by the household. */
const ELSEWHERE: readonly ComplaintAction[] = ['reply', 'note', 'approve_compensation', 'confirm', 'reopen']
const COMPENSATED = 'compensated'

/** After 提出补偿: granted at once, or waiting for whose approval. */
function compensationOutcome(view: WorkOrderHandle['view']): string {
  const latest = view.compensations[view.compensations.length - 1]
  if (!latest) return '已提出补偿'
  return latest.status === 'granted'
    ? `已发放：${latest.description}`
    : `已提交：${latest.description}，超出您的审批额度，${latest.statusLabel}`
}

const FORWARD: readonly ComplaintAction[] = ['start_investigation', 'start_resolving', 'propose_resolution', 'close']

const HINTS: Partial<Record<ComplaintAction, string>> = {
  assess: '根据事实评定严重程度；级别只升不降。',
  escalate: '请上一级（主管/经理）介入，请写明需要什么支持。',
  start_investigation: '联系阿姨、核对服务记录与照片，查明原因。',
  start_resolving: '原因已查明，开始落实补救措施。',
  propose_resolution: '方案会通知客户，请客户确认是否满意。',
  pause_sla: '等待客户回复期间暂停计时；客户回复后自动恢复。',
  resume_sla: '恢复 SLA 计时。',
  close: '客户已确认，或提交方案后客户长时间未回复时结案。'
}

interface ActionFormProps {
  action: ComplaintAction
  label: string
  wo: WorkOrderHandle
  acting: WorkOrderActing
  onDone: (label: string) => void
}

function ActionForm({ action, label, wo, acting, onDone }: ActionFormProps) {
  const { busy, setRefusal, act } = acting
  const [text, setText] = useState('')
  const [severity, setSeverity] = useState<ComplaintSeverity>(wo.view.severity)

  const submit = async (payload: ActPayload) => {
    if (await act(payload)) onDone(label)
  }
  const remark = text.trim() || undefined

  if (action === 'assign') return <AssigneePicker wo={wo} acting={acting} onDone={() => onDone(label)} />
  if (action === 'compensate') return <CompensationForm wo={wo} acting={acting} onDone={() => onDone(label)} />

  const confirm = () => {
    if (action === 'propose_resolution' && !remark) return setRefusal({ code: 'INVALID_ARGUMENT', message: '请填写处理方案' })
    if (action === 'assess') return submit({ op: action, severity, text: remark })
    submit({ op: action, text: remark })
  }

  return (
    <View className='admin-wo__form'>
      {HINTS[action] && <Text className='adm-muted'>{HINTS[action]}</Text>}
      {action === 'assess' && (
        <ChipSelect options={optionsOf(COMPLAINT_SEVERITY_TEXT)} selected={[severity]} onToggle={setSeverity} />
      )}
      <TextArea
        value={text}
        onChange={setText}
        maxlength={500}
        height={action === 'propose_resolution' ? 110 : 64}
        placeholder={
          action === 'propose_resolution'
            ? '处理方案（必填），如：已安排阿姨明天上午免费返工，并赠送 50 元优惠券'
            : action === 'pause_sla'
              ? '暂停原因（选填），如：等待客户提供照片'
              : '说明（选填）'
        }
      />
      <View className='admin-wo__form-buttons'>
        <Button small kind='primary' disabled={busy} onClick={confirm}>{busy ? '提交中…' : `确认${label}`}</Button>
      </View>
    </View>
  )
}

export default function ActionPanel({ wo }: { wo: WorkOrderHandle }) {
  const [open, setOpen] = useState<ComplaintAction | null>(null)
  const [done, setDone] = useState('')
  // One refusal for the panel: it stays visible even when a reload (CONFLICT) takes the form's action away.
  const acting = useWorkOrderAct(wo)
  const actions = wo.view.actions.filter((a) => !ELSEWHERE.includes(a.action))
  const current = actions.find((a) => a.action === open)

  return (
    <View className='admin-wo__card'>
      <View className='admin-wo__card-head'>
        <Text className='admin-wo__card-title'>处理操作</Text>
        <Text className='adm-muted'>{wo.view.levelLabel} · {wo.view.stepLabel}</Text>
      </View>
      {actions.length === 0 ? (
        <Text className='adm-muted'>当前环节您没有可执行的操作{wo.view.step === 'closed' ? '（工单已结案）' : ''}</Text>
      ) : (
        <View className='admin-wo__action-buttons'>
          {actions.map((a) => (
            <Button
              key={a.action}
              small
              kind={a.action === 'escalate' ? 'danger' : FORWARD.includes(a.action) || a.action === open ? 'primary' : 'default'}
              onClick={() => { setDone(''); acting.setRefusal(null); setOpen(open === a.action ? null : a.action) }}
            >
              {a.label}
            </Button>
          ))}
        </View>
      )}
      {current && (
        <ActionForm
          key={current.action}
          action={current.action}
          label={current.label}
          wo={wo}
          acting={acting}
          onDone={(label) => { setOpen(null); setDone(current.action === 'compensate' ? COMPENSATED : `已${label}`) }}
        />
      )}
      <RefusalNotice refusal={acting.refusal} />
      {done && <View className='adm-notice is-ok'>{done === COMPENSATED ? compensationOutcome(wo.view) : done}</View>}
    </View>
  )
}
