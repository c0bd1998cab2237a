// The job as the cleaner needs it: service and time, where (masked until the job day), who, and what to mind.
import { View, Text, Image } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { JobView, JobPhoto } from '@/api/cleaner'
import Section from '@/components/Section'
import FormField from '@/components/FormField'
import StatusTag from '@/components/StatusTag'
import { formatDateTime } from '@/format/time'
import { familyTags } from '@/format/family'

function Photos({ title, photos }: { title: string; photos: JobPhoto[] }) {
  const urls = photos.map((p) => p.url).filter(Boolean)
  if (!urls.length) return null
  return (
    <FormField label={title} vertical>
      <View className='cleaner-job__photos'>
        {urls.map((u) => (
          <Image key={u} className='cleaner-job__photo' src={u} mode='aspectFill' onClick={() => Taro.previewImage({ urls, current: u })} />
        ))}
      </View>
    </FormField>
  )
}

export default function JobInfo({ job }: { job: JobView }) {
  const family = familyTags(job.family)
  return (
    <View>
      <View className='cleaner-job__head'>
        <View className='cleaner-job__head-top'>
          <Text className='cleaner-job__service'>{job.serviceName}</Text>
          <StatusTag status={job.status} label={job.statusLabel} />
        </View>
        <Text className='cleaner-job__slot'>{job.slotLabel}</Text>
        <Text className='cleaner-job__qty'>{`${job.quantity} ${job.unitLabel} · ${job.orderNo}`}</Text>
      </View>

      <Section title='服务地址'>
        <Text className='cleaner-job__address'>{job.address}</Text>
        {!job.addressFull && <Text className='cleaner-job__hint'>为保护客户隐私，详细地址将在服务当天显示</Text>}
      </Section>

      <Section title='客户'>
        <FormField label='称呼' value={job.customer.nameMasked || '客户'} />
        <FormField label='电话' value={job.customer.phoneMasked} hint='如需联系客户，请联系公司客服转接' last />
      </Section>

      <Section title='服务要求'>
        <Text className='cleaner-job__text'>{job.requests || '无特别要求'}</Text>
        <View className='cleaner-job__family'>
          {family.length ? family.map((t) => <Text key={t} className='cleaner-job__chip'>{t}</Text>) : <Text className='cleaner-job__muted'>家中无老人、小孩或宠物</Text>}
        </View>
        {job.family.notes && <Text className='cleaner-job__text'>{job.family.notes}</Text>}
      </Section>

      {(job.checkIn || job.checkOut) && (
        <Section title='服务记录'>
          {job.checkIn && <FormField label='签到' value={formatDateTime(job.checkIn.at)} />}
          <Photos title='服务前照片' photos={job.photos.before} />
          {job.checkOut && <FormField label='签退' value={formatDateTime(job.checkOut.at)} />}
          {job.checkOut?.note && <FormField label='备注' value={job.checkOut.note} />}
          <Photos title='服务后照片' photos={job.photos.after} />
        </Section>
      )}
    </View>
  )
}
