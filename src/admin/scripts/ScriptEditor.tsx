// Writing or changing one script template (主管 / 经理): scenario, step, title and text. A click on a variable puts
// it at the end of the text; variables the company does not know are flagged before the server refuses them.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { complaintsDeskApi, type ScriptView } from '@/api/complaintsDesk'
import type { ComplaintStep } from '@core/contract/complaint'
import type { ScriptScenario } from '@core/contract/recovery'
import Drawer from '../components/Drawer'
import { Button, ChipSelect, Field, TextArea, TextInput } from '../components/Form'
import { useAction } from '../useAction'
import { COMPLAINT_STEP_TEXT, SCRIPT_SCENARIO_TEXT, SCRIPT_VARIABLE_NAMES, optionsOf } from '../vocabulary'
import ScriptText from './ScriptText'

const KNOWN: readonly string[] = SCRIPT_VARIABLE_NAMES
const VARIABLE = /\{\{\s*([^{}]*?)\s*\}\}/g

interface ScriptEditorProps {
  script?: ScriptView
  defaults: { scenario: ScriptScenario; step: ComplaintStep }
  onClose: () => void
  onSaved: (s: ScriptView) => void
}

export default function ScriptEditor({ script, defaults, onClose, onSaved }: ScriptEditorProps) {
  const [scenario, setScenario] = useState<ScriptScenario>(script?.scenario ?? defaults.scenario)
  const [step, setStep] = useState<ComplaintStep>(script?.step ?? defaults.step)
  const [title, setTitle] = useState(script?.title ?? '')
  const [text, setText] = useState(script?.text ?? '')
  const action = useAction()
  const unknown = [...new Set(Array.from(text.matchAll(VARIABLE), (m) => m[1]))].filter((v) => !KNOWN.includes(v))

  const save = async () => {
    if (!title.trim()) return action.setError('请填写标题')
    if (!text.trim()) return action.setError('请填写话术内容')
    const s = await action.run(() =>
      complaintsDeskApi.scripts.save({ ...(script ? { id: script.id } : {}), scenario, step, title: title.trim(), text: text.trim() })
    )
    if (s) onSaved(s)
  }

  return (
    <Drawer title={script ? `编辑话术：${script.title}` : '新增话术'} onClose={onClose} width={640}>
      <View className='admin-scripts__editor'>
        <Field label='适用场景'>
          <ChipSelect options={optionsOf(SCRIPT_SCENARIO_TEXT)} selected={[scenario]} onToggle={setScenario} />
        </Field>
        <Field label='处理环节'>
          <ChipSelect options={optionsOf(COMPLAINT_STEP_TEXT)} selected={[step]} onToggle={setStep} />
        </Field>
        <Field label='标题'>
          <TextInput value={title} onChange={setTitle} maxlength={40} placeholder='如：首次响应·致歉并说明处理时限' />
        </Field>
        <Field label='话术内容'>
          <TextArea value={text} onChange={setText} maxlength={1000} height={180} placeholder='{{客户称呼}}您好，我是{{公司名称}}客服{{客服姓名}}……' />
        </Field>
        <View className='admin-scripts__insert'>
          <Text className='adm-muted'>点击插入变量：</Text>
          {KNOWN.map((v) => (
            <View key={v} className='adm-chip' onClick={() => setText(`${text}{{${v}}}`)}>{v}</View>
          ))}
        </View>
        {unknown.length > 0 && (
          <View className='adm-notice'>不认识的变量：{unknown.map((v) => `{{${v}}}`).join('、')}，请改成上面列出的变量</View>
        )}
        {text.trim() && (
          <Field label='预览'>
            <View className='admin-scripts__preview'>
              <ScriptText text={text} known={KNOWN} />
            </View>
          </Field>
        )}
        {action.error && <View className='adm-notice' role='alert'>{action.error}</View>}
        <View className='admin-scripts__editor-buttons'>
          <Button onClick={onClose}>取消</Button>
          <Button kind='primary' disabled={action.busy} onClick={save}>{action.busy ? '保存中…' : '保存'}</Button>
        </View>
      </View>
    </Drawer>
  )
}
