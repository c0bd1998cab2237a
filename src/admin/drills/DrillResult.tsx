// The drill's score: which key points the answer covered (with the words that counted) and which it missed, the
// time taken, and the recommended scripts to learn from.
import { View, Text } from '@tarojs/components'
import type { DrillResultView, DrillStartView } from '@/api/complaintsDesk'
import { Button } from '../components/Form'
import { formatSeconds } from './clock'

interface DrillResultProps {
  drill: DrillStartView
  result: DrillResultView
  busy: boolean
  onAgain: () => void
  onBack: () => void
}

export default function DrillResult({ drill, result: r, busy, onAgain, onBack }: DrillResultProps) {
  return (
    <View className='admin-drills__result adm-card'>
      <View className='admin-drills__result-head'>
        <View className={`admin-drills__score${r.passed ? ' is-pass' : ' is-fail'}`}>
          <Text className='admin-drills__score-value' data-testid='drill-score'>{r.score}</Text>
          <Text className='admin-drills__score-unit'>分</Text>
        </View>
        <View className='admin-drills__result-info'>
          <Text className='admin-drills__scenario-title'>{r.scenarioTitle}</Text>
          <View className='admin-drills__tags'>
            <Text className={`adm-tag ${r.passed ? 'is-ok' : 'is-sev-critical'}`}>{r.passed ? '通过' : '未通过'}</Text>
            <Text className={`adm-tag ${r.overtime ? 'is-warn' : ''}`}>
              用时 {formatSeconds(r.durationSec)}{r.overtime ? `（超时，限时 ${formatSeconds(r.timeLimitSec)}）` : ` / 限时 ${formatSeconds(r.timeLimitSec)}`}
            </Text>
            <Text className='adm-tag'>覆盖 {r.covered.length}/{r.covered.length + r.missed.length} 个要点</Text>
          </View>
        </View>
        <View className='admin-drills__buttons'>
          <Button onClick={onBack}>返回场景库</Button>
          <Button kind='primary' disabled={busy} onClick={onAgain}>再练一次</Button>
        </View>
      </View>
      <View className='admin-drills__points'>
        <View className='admin-drills__point-col is-covered'>
          <Text className='admin-drills__point-title'>已覆盖的要点（{r.covered.length}）</Text>
          {r.covered.length === 0 && <Text className='adm-muted'>没有覆盖任何要点</Text>}
          {r.covered.map((p) => (
            <View key={p.id} className='admin-drills__point is-covered' data-testid='covered-point'>
              <Text className='admin-drills__mark'>✓</Text>
              <Text className='admin-drills__point-label'>{p.label}</Text>
              <Text className='adm-muted'>命中“{p.matched}”</Text>
            </View>
          ))}
        </View>
        <View className='admin-drills__point-col is-missed'>
          <Text className='admin-drills__point-title'>遗漏的要点（{r.missed.length}）</Text>
          {r.missed.length === 0 && <Text className='adm-muted'>全部要点都覆盖到了</Text>}
          {r.missed.map((p) => (
            <View key={p.id} className='admin-drills__point is-missed' data-testid='missed-point'>
              <Text className='admin-drills__mark'>✗</Text>
              <Text className='admin-drills__point-label'>{p.label}</Text>
            </View>
          ))}
        </View>
      </View>
      <View className='admin-drills__stage'>
        <Text className='admin-drills__study-title'>客户原话</Text>
        <Text className='admin-drills__customer-words'>{drill.scenario.customerWords}</Text>
      </View>
      {r.recommendedScripts.length > 0 && (
        <View className='admin-drills__study'>
          <Text className='admin-drills__study-title'>推荐话术</Text>
          {r.recommendedScripts.map((t, i) => <Text key={i} className='admin-drills__script'>{t}</Text>)}
        </View>
      )}
    </View>
  )
}
