// 补充说明: while the complaint is open the household can add words (1-500 characters) and photos; staff see them on
// the work order at once. The photos are uploaded first, then the message is sent with their fileIDs.
import { useRef, useState } from 'react'
import { View, Text, Button, Textarea } from '@tarojs/components'
import Taro from '@tarojs/taro'
import * as complaint from '@/api/complaint'
import { ApiError } from '@/api/transport'
import { uploadComplaintPhotos } from '@/api/upload'
import Section from '@/components/Section'
import PhotoPicker from '@/components/PhotoPicker'
import { PHOTOS_MAX, REPLY_MAX, charCount } from '@/constants/complaint'

interface ReplyBoxProps {
  complaintId: string
  onSent: (view: complaint.ComplaintView) => void
  /** a sheet is open over the page: the mini-program's native textarea would float above it, so it steps aside */
  covered?: boolean
}

export default function ReplyBox({ complaintId, onSent, covered = false }: ReplyBoxProps) {
  const [text, setText] = useState('')
  const [photos, setPhotos] = useState<string[]>([])
  const [stage, setStage] = useState('')
  const [problem, setProblem] = useState('')
  const busy = useRef(false)

  const send = async () => {
    if (busy.current) return
    const message = text.trim()
    if (!message) return setProblem('请填写要补充的内容')
    if (charCount(message) > REPLY_MAX) return setProblem(`补充内容不能超过${REPLY_MAX}字`)
    busy.current = true
    setProblem('')
    try {
      setStage(photos.length ? '正在上传照片…' : '发送中…')
      const fileIDs = await uploadComplaintPhotos(photos)
      setStage('发送中…')
      const view = await complaint.reply({ complaintId, text: message, ...(fileIDs.length ? { photos: fileIDs } : {}) })
      setText('')
      setPhotos([])
      onSent(view)
      Taro.showToast({ title: '已发送', icon: 'success' })
    } catch (e) {
      setProblem(e instanceof ApiError ? e.message : '发送失败，请重试')
    } finally {
      busy.current = false
      setStage('')
    }
  }

  return (
    <Section title='补充说明' extra={<Text>客服会看到您的留言</Text>}>
      {covered ? (
        <View className='jz-textarea'>{text}</View>
      ) : (
        <Textarea
          className='jz-textarea'
          value={text}
          maxlength={REPLY_MAX}
          disabled={!!stage}
          placeholder='还有什么想告诉我们的，可以在这里补充'
          onInput={(e) => { setText(e.detail.value); setProblem('') }}
        />
      )}
      <Text className='complaint-detail__count'>{charCount(text)}/{REPLY_MAX}</Text>
      <PhotoPicker paths={photos} onChange={setPhotos} max={PHOTOS_MAX} label='添加照片' disabled={!!stage} />
      {problem ? <View className='complaint-detail__problem' role='alert'>{problem}</View> : null}
      <Button className='jz-btn-primary jz-btn-block complaint-detail__send' loading={!!stage} disabled={!!stage} onClick={send}>{stage || '发送'}</Button>
    </Section>
  )
}
