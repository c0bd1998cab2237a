// 工单详情: what to do, when and where (the full address only on the job day), the household's requests and family
// situation, and the day's two steps: 签到 on arrival (before photos optional), 签退 with at least one after photo.
import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect } from 'react'
import { cleanerApi } from '@/api/cleaner'
import { useRequest } from '@/api/useRequest'
import Loadable from '@/components/Loadable'
import { cleanerPages } from '../navigation'
import JobInfo from './JobInfo'
import Attendance from './Attendance'

import './index.scss'

export default function CleanerJobPage() {
  const { params } = useRouter()
  const orderId = params.orderId ?? ''
  const job = useRequest(() => cleanerApi.job(orderId), [orderId])

  useEffect(() => {
    if (job.error?.code === 'PERMISSION_DENIED') cleanerPages.bind(job.error.message)
  }, [job.error])

  return (
    <View className='cleaner-job'>
      <Loadable state={job}>
        {(j) => (
          <View>
            <JobInfo job={j} />
            <Attendance job={j} onUpdated={job.setData} />
          </View>
        )}
      </Loadable>
    </View>
  )
}
