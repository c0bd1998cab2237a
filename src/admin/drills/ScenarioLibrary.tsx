// The scenario library (场景库): each scenario's story, difficulty and time limit; its key points and recommended
// scripts are there to study, folded away so a drill is not answered from them.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { ScenarioView } from '@/api/complaintsDesk'
import type { RequestState } from '@/api/useRequest'
import { Button, ChipSelect } from '../components/Form'
import { formatSeconds } from './clock'

function ScenarioCard({ s, busy, onStart }: { s: ScenarioView; busy: boolean; onStart: () => void }) {
  const [study, setStudy] = useState(false)
  return (
    <View className='admin-drills__scenario'>
      <View className='admin-drills__scenario-head'>
        <Text className='admin-drills__scenario-title'>{s.title}</Text>
        <Text className='admin-drills__stars' aria-label={`难度 ${s.difficulty}`}>{'★'.repeat(s.difficulty)}{'☆'.repeat(3 - s.difficulty)}</Text>
      </View>
      <View className='admin-drills__tags'>
        <Text className='adm-tag'>{s.categoryLabel}</Text>
        {s.serviceCategoryLabel && <Text className='adm-tag'>{s.serviceCategoryLabel}</Text>}
        <Text className='adm-tag'>限时 {formatSeconds(s.timeLimitSec)}</Text>
        <Text className='adm-tag'>{s.keyPoints.length} 个要点</Text>
      </View>
      <Text className='admin-drills__background'>{s.background}</Text>
      {study && (
        <View className='admin-drills__study'>
          <Text className='admin-drills__study-title'>应答要点</Text>
          {s.keyPoints.map((p) => <Text key={p.id}>· {p.label}</Text>)}
          {s.recommendedScripts.length > 0 && (
            <>
              <Text className='admin-drills__study-title'>推荐话术</Text>
              {s.recommendedScripts.map((t, i) => <Text key={i} className='admin-drills__script'>{t}</Text>)}
            </>
          )}
        </View>
      )}
      <View className='admin-drills__scenario-foot'>
        <View className='admin-drills__link' onClick={() => setStudy(!study)}>{study ? '收起要点' : '学习要点'}</View>
        <Button kind='primary' small disabled={busy} onClick={onStart}>开始演练</Button>
      </View>
    </View>
  )
}

interface ScenarioLibraryProps {
  scenarios: RequestState<ScenarioView[]>
  busy: boolean
  onStart: (scenarioId: string) => void
}

export default function ScenarioLibrary({ scenarios, busy, onStart }: ScenarioLibraryProps) {
  const [category, setCategory] = useState('')
  const all = scenarios.data ?? []
  const categories = [...new Map(all.map((s) => [s.category, s.categoryLabel])).entries()].map(([value, label]) => ({ value, label }))
  const shown = all.filter((s) => !category || s.category === category)
  return (
    <View className='admin-drills__library'>
      <View className='admin-drills__bar'>
        <Text className='admin-drills__bar-title'>场景库</Text>
        <ChipSelect options={[{ value: '', label: '全部' }, ...categories]} selected={[category]} onToggle={setCategory} />
      </View>
      {scenarios.error && (
        <View className='adm-notice'>{scenarios.error.message}</View>
      )}
      {scenarios.loading && !scenarios.data && <Text className='adm-muted'>加载中…</Text>}
      {scenarios.data && shown.length === 0 && <View className='admin-drills__empty'>场景库还是空的</View>}
      <View className='admin-drills__grid'>
        {shown.map((s) => <ScenarioCard key={s.id} s={s} busy={busy} onStart={() => onStart(s.id)} />)}
      </View>
    </View>
  )
}
