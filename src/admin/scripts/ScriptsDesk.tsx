// The script library: scenarios on the left (通用 first, then each complaint type, with how many scripts each has),
// the chosen scenario's scripts by step on the right, each with its text, variables and how often it was used.
// Supervisors and managers add and edit in a drawer; agents read.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { complaintsDeskApi, type ScriptView } from '@/api/complaintsDesk'
import { useRequest } from '@/api/useRequest'
import { formatDateTime } from '@/format/time'
import type { ComplaintStep } from '@core/contract/complaint'
import type { ScriptScenario } from '@core/contract/recovery'
import { useCan } from '../components/AdminShell'
import { Button, ChipSelect } from '../components/Form'
import { COMPLAINT_STEP_TEXT, SCRIPT_SCENARIO_TEXT, SCRIPT_VARIABLE_HELP, SCRIPT_VARIABLE_NAMES, optionsOf } from '../vocabulary'
import ScriptEditor from './ScriptEditor'
import ScriptText from './ScriptText'

const SCENARIOS = Object.keys(SCRIPT_SCENARIO_TEXT) as ScriptScenario[]
const STEPS = Object.keys(COMPLAINT_STEP_TEXT) as ComplaintStep[]

type Editing = { mode: 'create' } | { mode: 'edit'; script: ScriptView } | null

export default function ScriptsDesk() {
  const canEdit = useCan()('scripts.save')
  const scripts = useRequest(() => complaintsDeskApi.scripts.list(), [])
  const [scenario, setScenario] = useState<ScriptScenario>('general')
  const [step, setStep] = useState<ComplaintStep | ''>('')
  const [editing, setEditing] = useState<Editing>(null)
  const all = scripts.data ?? []
  const shown = all.filter((s) => s.scenario === scenario && (!step || s.step === step))
  const byStep = STEPS.map((st) => ({ step: st, list: shown.filter((s) => s.step === st) })).filter((g) => g.list.length > 0)

  const saved = (s: ScriptView) => {
    const rest = all.filter((x) => x.id !== s.id)
    scripts.setData([...rest, s])
    setScenario(s.scenario)
    setEditing(null)
  }

  return (
    <View className='admin-scripts'>
      <View className='admin-scripts__side'>
        <Text className='admin-scripts__side-title'>适用场景</Text>
        {SCENARIOS.map((sc) => {
          const count = all.filter((s) => s.scenario === sc).length
          return (
            <View key={sc} className={`admin-scripts__scenario${sc === scenario ? ' is-on' : ''}`} onClick={() => setScenario(sc)}>
              <Text>{SCRIPT_SCENARIO_TEXT[sc]}</Text>
              <Text className='admin-scripts__count'>{count}</Text>
            </View>
          )
        })}
      </View>
      <View className='admin-scripts__main'>
        <View className='admin-scripts__bar'>
          <View className='admin-scripts__bar-row'>
            <Text className='admin-scripts__bar-label'>处理环节</Text>
            <ChipSelect options={[{ value: '', label: '全部' }, ...optionsOf(COMPLAINT_STEP_TEXT)]} selected={[step]} onToggle={setStep} />
          </View>
          {canEdit ? (
            <Button kind='primary' onClick={() => setEditing({ mode: 'create' })}>新增话术</Button>
          ) : (
            <Text className='adm-muted'>客服可查看和使用话术；如需修改，请联系主管</Text>
          )}
        </View>
        <View className='admin-scripts__help'>
          <Text className='admin-scripts__help-title'>可用变量（发送时按工单自动填写）</Text>
          <View className='admin-scripts__help-list'>
            {SCRIPT_VARIABLE_NAMES.map((v) => (
              <Text key={v} className='admin-scripts__help-item'>
                <Text className='admin-scripts__var'>{`{{${v}}}`}</Text> {SCRIPT_VARIABLE_HELP[v]}
              </Text>
            ))}
          </View>
        </View>
        {scripts.error && <View className='adm-notice'>{scripts.error.message}</View>}
        {scripts.loading && !scripts.data && <Text className='adm-muted'>加载中…</Text>}
        {scripts.data && byStep.length === 0 && (
          <View className='admin-scripts__empty'>「{SCRIPT_SCENARIO_TEXT[scenario]}」{step ? `在「${COMPLAINT_STEP_TEXT[step]}」环节` : ''}还没有话术模板</View>
        )}
        {byStep.map((g) => (
          <View key={g.step} className='admin-scripts__group'>
            <Text className='admin-scripts__group-title'>{COMPLAINT_STEP_TEXT[g.step]}</Text>
            {g.list.map((s) => (
              <View key={s.id} className='admin-scripts__card'>
                <View className='admin-scripts__card-head'>
                  <Text className='admin-scripts__title'>{s.title}</Text>
                  <Text className='adm-tag'>{s.scenarioLabel}</Text>
                  <Text className='adm-tag'>{s.stepLabel}</Text>
                  <Text className='admin-scripts__usage'>已使用 {s.usage} 次</Text>
                  {canEdit && <Button small onClick={() => setEditing({ mode: 'edit', script: s })}>编辑</Button>}
                </View>
                <ScriptText text={s.text} known={SCRIPT_VARIABLE_NAMES} />
                <Text className='adm-muted'>更新于 {formatDateTime(s.updatedAt)}</Text>
              </View>
            ))}
          </View>
        ))}
      </View>
      {editing && (
        <ScriptEditor
          script={editing.mode === 'edit' ? editing.script : undefined}
          defaults={{ scenario, step: step || 'received' }}
          onClose={() => setEditing(null)}
          onSaved={saved}
        />
      )}
    </View>
  )
}
