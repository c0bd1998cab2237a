// 内部备注: a note for colleagues on the desk; never shown to the household (marked 内部 in the timeline).
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, TextArea } from '../components/Form'
import { useWorkOrderAct, type WorkOrderHandle } from './useWorkOrderAct'
import RefusalNotice from './RefusalNotice'

export default function NoteBox({ wo }: { wo: WorkOrderHandle }) {
  const [text, setText] = useState('')
  const [done, setDone] = useState(false)
  const acting = useWorkOrderAct(wo)
  const canNote = wo.view.actions.some((a) => a.action === 'note')

  const add = async () => {
    const note = text.trim()
    if (!note) return acting.setRefusal({ code: 'INVALID_ARGUMENT', message: '请填写备注内容' })
    if (await acting.act({ op: 'note', text: note })) {
      setText('')
      setDone(true)
    }
  }

  return (
    <View className='admin-wo__card admin-wo__note'>
      <View className='admin-wo__card-head'>
        <Text className='admin-wo__card-title'>内部备注</Text>
        <Text className='adm-tag is-internal'>内部 · 客户不可见</Text>
      </View>
      <TextArea value={text} onChange={(v) => { setText(v); setDone(false) }} maxlength={500} height={64} placeholder='记录调查情况、与阿姨沟通结果等，仅员工可见' />
      <View className='admin-wo__form-buttons'>
        <Button small disabled={!canNote || acting.busy} onClick={add}>{acting.busy ? '保存中…' : '添加内部备注'}</Button>
      </View>
      <RefusalNotice refusal={acting.refusal} />
      {done && <View className='adm-notice is-ok'>已添加内部备注</View>}
    </View>
  )
}
