// 我的工单: today's jobs and the ones coming up, pulled down to refresh. A cleaner who is not bound (or is switched
// off) is sent to the bind page with the reason.
import { useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { cleanerApi, type JobScope } from '@/api/cleaner'
import { useRequest } from '@/api/useRequest'
import Loadable from '@/components/Loadable'
import Empty from '@/components/Empty'
import { useShowAgain } from '@/hooks/useShowAgain'
import JobCard from '../components/JobCard'
import { cleanerPages } from '../navigation'

import './index.scss'

const TABS: { scope: JobScope; label: string; empty: string }[] = [
  { scope: 'today', label: '今日', empty: '今天没有工单' },
  { scope: 'upcoming', label: '即将开始', empty: '暂时没有新的工单' }
]

export default function CleanerJobsPage() {
  const [scope, setScope] = useState<JobScope>('today')
  const jobs = useRequest(() => cleanerApi.jobs(scope), [scope])

  useEffect(() => {
    if (jobs.error?.code === 'PERMISSION_DENIED') cleanerPages.bind(jobs.error.message)
  }, [jobs.error])

  usePullDownRefresh(async () => {
    await jobs.retry()
    Taro.stopPullDownRefresh()
  })
  useShowAgain(() => jobs.retry())

  const tab = TABS.find((t) => t.scope === scope)!
  return (
    <View className='cleaner-jobs'>
      <View className='cleaner-jobs__tabs'>
        {TABS.map((t) => (
          <View key={t.scope} className={`cleaner-jobs__tab${t.scope === scope ? ' is-active' : ''}`} onClick={() => setScope(t.scope)}>
            {t.label}
          </View>
        ))}
      </View>
      <Loadable state={jobs} isEmpty={(d) => d.list.length === 0} empty={<Empty title={tab.empty} hint='下拉可刷新' />}>
        {(d) => (
          <View className='cleaner-jobs__list'>
            {d.list.map((job) => <JobCard key={job.orderId} job={job} onOpen={cleanerPages.job} />)}
          </View>
        )}
      </Loadable>
    </View>
  )
}
