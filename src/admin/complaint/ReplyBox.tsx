// 回复客户: pick a 话术模板 for this work order's category (or 通用) and step, and the server fills its variables from
// the work order (scripts.render); variables it could not fill stay as {{…}} and are listed, and the reply cannot go
// out until they are replaced. The reply is sent to the household (complaints.act reply) with the script it came from.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { complaintsDeskApi, type ScriptView } from '@/api/complaintsDesk'
import { ApiError } from '@/api/transport'
import { useRequest } from '@/api/useRequest'
import { REPLY_MAX, charCount } from '@/constants/complaint'
import { Button, TextArea } from '../components/Form'
import { useWorkOrderAct, type WorkOrderHandle } from './useWorkOrderAct'
import RefusalNotice from './RefusalNotice'

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g

/** The {{variables}} still in a text, each once. */
export function unfilled(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(PLACEHOLDER), (m) => m[1]))]
}


export default function ReplyBox({ wo }: { wo: WorkOrderHandle }) {
  const { category, step, id } = wo.view
  const canReply = wo.view.actions.some((a) => a.action === 'reply')
  const [allSteps, setAllSteps] = useState(false)
  const scripts = useRequest(
    () => (canReply ? complaintsDeskApi.scripts.list(allSteps ? {} : { step }) : Promise.resolve([] as ScriptView[])),
    [step, allSteps, canReply]
  )
  const fits = (s: ScriptView) => s.scenario === category || s.scenario === 'general'
  // This category's own scripts first, then the general ones.
  const choices = (scripts.data ?? []).filter(fits).sort((a, b) => Number(a.scenario === 'general') - Number(b.scenario === 'general'))

  const [text, setText] = useState('')
  const [scriptId, setScriptId] = useState<string>()
  const [missing, setMissing] = useState<string[]>([])
  const [rendering, setRendering] = useState<string>()
  const [done, setDone] = useState(false)
  const acting = useWorkOrderAct(wo)

  const pick = async (s: ScriptView) => {
    setRendering(s.id)
    acting.setRefusal(null)
    setDone(false)
    try {
      const r = await complaintsDeskApi.scripts.render(s.id, id)
      setText(r.text)
      setScriptId(s.id)
      setMissing(r.missing)
    } catch (e) {
      acting.setRefusal({ code: e instanceof ApiError ? e.code : 'INTERNAL', message: e instanceof ApiError ? e.message : '话术读取失败，请重试' })
    } finally {
      setRendering(undefined)
    }
  }

  const send = async () => {
    const reply = text.trim()
    if (!reply) return acting.setRefusal({ code: 'INVALID_ARGUMENT', message: '请填写回复内容' })
    const left = unfilled(reply)
    if (left.length) return acting.setRefusal({ code: 'INVALID_ARGUMENT', message: `回复中还有未填写的变量：${left.map((v) => `{{${v}}}`).join('、')}，请替换成实际内容后再发送` })
    if (await acting.act({ op: 'reply', text: reply, ...(scriptId ? { scriptId } : {}) })) {
      setText('')
      setScriptId(undefined)
      setMissing([])
      setDone(true)
    }
  }

  const edit = (v: string) => {
    setText(v)
    setDone(false)
    if (!v) setScriptId(undefined)
  }

  const stillMissing = missing.filter((v) => unfilled(text).includes(v))

  if (!canReply) {
    return (
      <View className='admin-wo__card admin-wo__reply'>
        <View className='admin-wo__card-head'>
          <Text className='admin-wo__card-title'>回复客户</Text>
        </View>
        <Text className='adm-muted'>{step === 'closed' ? '工单已结案，不能再回复客户；如有新情况请记内部备注。' : '当前不能回复客户。'}</Text>
      </View>
    )
  }

  return (
    <View className='admin-wo__card admin-wo__reply'>
      <View className='admin-wo__card-head'>
        <Text className='admin-wo__card-title'>回复客户</Text>
        <Text className='adm-muted'>客户会收到进度通知</Text>
      </View>
      <View className='admin-wo__scripts'>
        <View className='admin-wo__scripts-head'>
          <Text className='admin-wo__label'>话术模板</Text>
          <View className='admin-wo__scripts-toggle' onClick={() => setAllSteps(!allSteps)}>
            {allSteps ? '只看本环节' : '看全部环节'}
          </View>
        </View>
        {scripts.error && <View className='adm-notice'>{scripts.error.message}</View>}
        {scripts.loading && !scripts.data && <Text className='adm-muted'>正在读取话术…</Text>}
        {scripts.data && choices.length === 0 && <Text className='adm-muted'>{allSteps ? '这个投诉类型还没有话术模板' : '本环节还没有适用的话术，可查看全部环节'}</Text>}
        <View className='admin-wo__script-list'>
          {choices.map((s) => (
            <View
              key={s.id}
              className={`admin-wo__script${s.id === scriptId ? ' is-on' : ''}`}
              onClick={() => !rendering && pick(s)}
            >
              <Text className='admin-wo__script-title'>{rendering === s.id ? '正在填写…' : s.title}</Text>
              <Text className='adm-tag'>{s.scenarioLabel}</Text>
              {allSteps && <Text className='adm-tag'>{s.stepLabel}</Text>}
            </View>
          ))}
        </View>
      </View>
      {stillMissing.length > 0 && (
        <View className='admin-wo__missing' role='status'>
          以下变量没有取到数据，请在发送前手动替换：{stillMissing.map((v) => `{{${v}}}`).join('、')}
        </View>
      )}
      <TextArea
        value={text}
        onChange={edit}
        maxlength={REPLY_MAX}
        height={150}
        placeholder='选择上方话术自动填写，或直接输入回复内容'
      />
      <View className='admin-wo__reply-foot'>
        <Text className='adm-muted'>{charCount(text)}/{REPLY_MAX}</Text>
        <Button kind='primary' small disabled={acting.busy} onClick={send}>{acting.busy ? '发送中…' : '发送回复'}</Button>
      </View>
      <RefusalNotice refusal={acting.refusal} />
      {done && <View className='adm-notice is-ok'>已回复客户</View>}
    </View>
  )
}
