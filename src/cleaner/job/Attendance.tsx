// The day's two steps. Dispatched: 签到 (with optional before photos; greyed with the reason until it opens).
// In service: 签退, which needs at least one after photo. Photos are uploaded first, then their fileIDs are sent.
import { useState } from 'react'
import { View, Text, Button, Textarea } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { cleanerApi, type JobView } from '@/api/cleaner'
import { ApiError } from '@/api/transport'
import { uploadJobPhotos } from '@/api/upload'
import Section from '@/components/Section'
import ActionBar from '@/components/ActionBar'
import PhotoPicker from '@/components/PhotoPicker'

const MAX_PHOTOS = 9

interface AttendanceProps {
  job: JobView
  onUpdated: (job: JobView) => void
}

export default function Attendance({ job, onUpdated }: AttendanceProps) {
  const [photos, setPhotos] = useState<string[]>([])
  const [note, setNote] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState('')

  const submit = async (step: 'in' | 'out') => {
    if (step === 'out' && photos.length === 0) return setError('请至少上传1张服务后照片再签退')
    setError('')
    try {
      setBusy(photos.length ? '正在上传照片…' : '提交中…')
      const fileIDs = await uploadJobPhotos(photos)
      setBusy('提交中…')
      const updated = step === 'in' ? await cleanerApi.checkIn(job.orderId, fileIDs) : await cleanerApi.checkOut(job.orderId, fileIDs, note.trim())
      setPhotos([])
      setNote('')
      onUpdated(updated)
      Taro.showToast({ title: step === 'in' ? '已签到' : '已签退', icon: 'success' })
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '提交失败，请重试')
    } finally {
      setBusy('')
    }
  }

  if (job.status === 'dispatched') {
    return (
      <View>
        <Section title='到达签到'>
          <Text className='cleaner-job__muted'>到达客户家后签到。可先拍几张服务前的照片（选填）。</Text>
          <PhotoPicker paths={photos} onChange={setPhotos} max={MAX_PHOTOS} label='服务前照片' />
          {!job.canCheckIn && job.checkInRefusal && <Text className='cleaner-job__hint'>{job.checkInRefusal}</Text>}
          {error && <View className='cleaner-job__error' role='alert'>{error}</View>}
        </Section>
        <ActionBar>
          <Button className='cleaner-job__primary' disabled={!job.canCheckIn || !!busy} onClick={() => submit('in')}>{busy || '签到'}</Button>
        </ActionBar>
      </View>
    )
  }

  if (job.status === 'in_service') {
    return (
      <View>
        <Section title='完成签退'>
          <Text className='cleaner-job__muted'>请拍摄服务后的照片（至少1张，最多9张），客户会看到这些照片。</Text>
          <PhotoPicker paths={photos} onChange={(p) => { setPhotos(p); setError('') }} max={MAX_PHOTOS} label='服务后照片' />
          <Textarea className='cleaner-job__note' value={note} maxlength={200} placeholder='备注（选填），如：厨房油烟机已清洗' onInput={(e) => setNote(e.detail.value)} />
          {error && <View className='cleaner-job__error' role='alert'>{error}</View>}
        </Section>
        <ActionBar>
          <Button className='cleaner-job__primary' disabled={!job.canCheckOut || !!busy} onClick={() => submit('out')}>{busy || '签退'}</Button>
        </ActionBar>
      </View>
    )
  }

  return null
}
