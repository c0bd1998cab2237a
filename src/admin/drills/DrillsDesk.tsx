// The drill desk: library -> drill -> result, and my results. A drill's clock is the server's (drills.start fixes
// startedAt; drills.submit measures the duration); the countdown here shows the same limit from when it started.
import { useState } from 'react'
import { View } from '@tarojs/components'
import { complaintsDeskApi, type DrillResultView, type DrillStartView } from '@/api/complaintsDesk'
import { useRequest } from '@/api/useRequest'
import { useAction } from '../useAction'
import ScenarioLibrary from './ScenarioLibrary'
import DrillRun from './DrillRun'
import DrillResult from './DrillResult'
import MyDrills from './MyDrills'

type Stage =
  | { kind: 'library' }
  | { kind: 'drill'; drill: DrillStartView; startedAtMs: number }
  | { kind: 'result'; drill: DrillStartView; result: DrillResultView }

export default function DrillsDesk() {
  const scenarios = useRequest(() => complaintsDeskApi.scenarios.list(), [])
  const mine = useRequest(() => complaintsDeskApi.drills.mine(), [])
  const [stage, setStage] = useState<Stage>({ kind: 'library' })
  const starting = useAction()

  const start = async (scenarioId: string) => {
    const drill = await starting.run(() => complaintsDeskApi.drills.start(scenarioId))
    // The countdown runs from when the drill began on the server, read against this browser's clock on arrival.
    if (drill) setStage({ kind: 'drill', drill, startedAtMs: Date.now() })
  }

  if (stage.kind === 'drill') {
    return (
      <DrillRun
        drill={stage.drill}
        startedAtMs={stage.startedAtMs}
        onSubmitted={(result) => { setStage({ kind: 'result', drill: stage.drill, result }); mine.retry() }}
        onQuit={() => { setStage({ kind: 'library' }); mine.retry() }}
      />
    )
  }
  if (stage.kind === 'result') {
    return (
      <View className='admin-drills'>
        <DrillResult
          drill={stage.drill}
          result={stage.result}
          busy={starting.busy}
          onAgain={() => start(stage.result.scenarioId)}
          onBack={() => setStage({ kind: 'library' })}
        />
        {starting.error && <View className='adm-notice' role='alert'>{starting.error}</View>}
        <MyDrills runs={mine} />
      </View>
    )
  }
  return (
    <View className='admin-drills'>
      {starting.error && <View className='adm-notice' role='alert'>{starting.error}</View>}
      <ScenarioLibrary scenarios={scenarios} busy={starting.busy} onStart={start} />
      <MyDrills runs={mine} />
    </View>
  )
}
