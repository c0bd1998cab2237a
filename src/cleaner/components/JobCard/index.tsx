// One job in the cleaner's list: when, what, where (district), and its status.
import { View, Text } from '@tarojs/components'
import type { JobSummary } from '@/api/cleaner'
import StatusTag from '@/components/StatusTag'

import './index.scss'

export default function JobCard({ job, onOpen }: { job: JobSummary; onOpen: (orderId: string) => void }) {
  return (
    <View className='cleaner-job-card' onClick={() => onOpen(job.orderId)}>
      <View className='cleaner-job-card__top'>
        <Text className='cleaner-job-card__slot'>{job.slotLabel}</Text>
        <StatusTag status={job.status} label={job.statusLabel} />
      </View>
      <Text className='cleaner-job-card__service'>{job.serviceName}</Text>
      <View className='cleaner-job-card__bottom'>
        <Text className='cleaner-job-card__district'>{job.district}</Text>
        <Text className='cleaner-job-card__no'>{job.orderNo}</Text>
      </View>
    </View>
  )
}
