// My past drills (drills.mine): when, which scenario, score, time taken.
import { View, Text } from '@tarojs/components'
import type { DrillRunView } from '@/api/complaintsDesk'
import type { RequestState } from '@/api/useRequest'
import { formatDateTime } from '@/format/time'
import DataTable, { type Column } from '../components/DataTable'
import { formatSeconds } from './clock'

const COLUMNS: Column<DrillRunView>[] = [
  { key: 'at', title: '时间', width: '150px', render: (d) => formatDateTime(d.startedAt) },
  { key: 'scenario', title: '场景', width: 'minmax(200px, 1fr)', render: (d) => d.scenarioTitle },
  {
    key: 'score',
    title: '得分',
    width: '140px',
    render: (d) =>
      d.status === 'submitted' && d.score !== null ? (
        <>
          <Text className='admin-drills__run-score'>{d.score}</Text>
          <Text className={`adm-tag ${d.passed ? 'is-ok' : 'is-sev-critical'}`}>{d.passed ? '通过' : '未通过'}</Text>
        </>
      ) : (
        <Text className='adm-muted'>未提交</Text>
      )
  },
  {
    key: 'time',
    title: '用时',
    width: '170px',
    render: (d) => (d.durationSec !== null ? `${formatSeconds(d.durationSec)}${d.overtime ? '（超时）' : ''}` : '—')
  }
]

export default function MyDrills({ runs }: { runs: RequestState<DrillRunView[]> }) {
  const list = runs.data ?? []
  const scored = list.filter((d) => d.score !== null)
  const average = scored.length ? Math.round(scored.reduce((sum, d) => sum + (d.score ?? 0), 0) / scored.length) : null
  return (
    <View className='admin-drills__mine'>
      <View className='admin-drills__mine-head'>
        <Text className='admin-drills__bar-title'>我的演练记录</Text>
        {average !== null && <Text className='adm-muted'>共完成 {scored.length} 次，平均 {average} 分</Text>}
      </View>
      {runs.error && <View className='adm-notice'>{runs.error.message}</View>}
      <DataTable columns={COLUMNS} rows={list} rowKey={(d) => d.drillId} loading={runs.loading} empty='还没有演练记录，从上面的场景开始第一次演练吧' />
    </View>
  )
}
