// 投诉与建议: what went wrong (a category, the household's own words, photos), about which order if any, and when to
// call back. 提交 first asks WeChat for permission to send progress notices (it must come straight from the tap),
// then uploads the photos and files the complaint — once, however often it is tapped (one requestKey per visit) —
// and opens it.
import { useRef, useState } from 'react'
import { View, Text, Button, Textarea, Input } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import type { ComplaintCategory } from '@core/contract/complaint'
import * as complaint from '@/api/complaint'
import * as booking from '@/api/booking'
import { ApiError } from '@/api/transport'
import { useRequest } from '@/api/useRequest'
import { newComplaintKey } from '@/api/requestKey'
import { askForNotices } from '@/api/subscribe'
import { uploadComplaintPhotos } from '@/api/upload'
import Loadable from '@/components/Loadable'
import Section from '@/components/Section'
import ChoiceChips from '@/components/ChoiceChips'
import PhotoPicker from '@/components/PhotoPicker'
import ActionBar from '@/components/ActionBar'
import {
  CONTACT_TIME_MAX, CONTACT_TIME_OWN, CONTACT_TIMES, DESCRIPTION_MAX, DESCRIPTION_MIN, HOUSEHOLD_CATEGORIES, PHOTOS_MAX,
  charCount
} from '@/constants/complaint'
import { complaintPages } from '../navigation'
import OrderCard from './OrderCard'

import './index.scss'

const CONTACT_OPTIONS = [...CONTACT_TIMES, CONTACT_TIME_OWN].map((t) => ({ id: t, label: t }))

interface Draft {
  category: ComplaintCategory | ''
  description: string
  photos: string[]
  contactChoice: string
  contactOwn: string
}

/** What keeps the form from being sent, in words a person can act on, or null. */
export function draftProblem(d: Draft): string | null {
  if (!d.category) return '请选择问题类型'
  const n = charCount(d.description.trim())
  if (n < DESCRIPTION_MIN) return `请描述遇到的问题，至少${DESCRIPTION_MIN}个字`
  if (n > DESCRIPTION_MAX) return `问题描述不能超过${DESCRIPTION_MAX}字`
  if (d.contactChoice === CONTACT_TIME_OWN && charCount(d.contactOwn.trim()) > CONTACT_TIME_MAX) return `方便联系的时间不能超过${CONTACT_TIME_MAX}字`
  return null
}

const contactTimeOf = (d: Draft) => (d.contactChoice === CONTACT_TIME_OWN ? d.contactOwn.trim() : d.contactChoice)

export default function NewComplaintPage() {
  const { params } = useRouter()
  const orderId = params.orderId ?? ''
  const order = useRequest(() => (orderId ? booking.detail({ orderId }) : Promise.resolve(null)), [orderId])
  // Loaded ahead: on weapp the subscription prompt must open straight from the tap, with the template id at hand.
  const templates = useRequest(() => complaint.templates(), [])

  const [draft, setDraft] = useState<Draft>({ category: '', description: '', photos: [], contactChoice: '', contactOwn: '' })
  const [problem, setProblem] = useState<string | null>(null)
  const [stage, setStage] = useState('')
  // One key per visit of this page: a double tap or a retry can never file twice.
  const [requestKey] = useState(newComplaintKey)
  const inFlight = useRef(false)
  const asked = useRef(false)
  // Photos already in storage (local path -> fileID): a retry does not upload them again.
  const uploaded = useRef(new Map<string, string>())

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }))
    setProblem(null)
  }

  const uploadPhotos = async (paths: string[]) => {
    const todo = paths.filter((p) => !uploaded.current.has(p))
    if (todo.length) {
      setStage('正在上传照片…')
      const ids = await uploadComplaintPhotos(todo)
      todo.forEach((p, i) => uploaded.current.set(p, ids[i]))
    }
    return paths.map((p) => uploaded.current.get(p)!)
  }

  const file = async (asking: Promise<unknown>) => {
    try {
      await asking
      const photos = await uploadPhotos(draft.photos)
      setStage('提交中…')
      const contactTime = contactTimeOf(draft)
      const filed = await complaint.create({
        ...(orderId ? { orderId } : {}),
        category: draft.category as ComplaintCategory,
        description: draft.description.trim(),
        ...(photos.length ? { photos } : {}),
        ...(contactTime ? { contactTime } : {}),
        requestKey
      })
      Taro.showToast({ title: '已提交', icon: 'success' })
      complaintPages.filed(filed.id)
    } catch (e) {
      const message = e instanceof ApiError ? e.message : '提交失败，请重试'
      setProblem(message)
      Taro.showToast({ title: message, icon: 'none', duration: 2500 })
      inFlight.current = false
      setStage('')
    }
  }

  const submit = () => {
    if (inFlight.current) return
    const p = draftProblem(draft)
    setProblem(p)
    if (p) return
    inFlight.current = true
    setStage('提交中…')
    // First, and before any await: WeChat only opens its subscription prompt from the tap itself. Asked once a visit.
    const templateId = templates.data?.complaintProgress
    const asking = !asked.current && templateId ? askForNotices([templateId]) : Promise.resolve([])
    if (templateId) asked.current = true
    file(asking)
  }

  const busy = !!stage
  const descriptionCount = charCount(draft.description)

  return (
    <View className='complaint-new'>
      <Loadable state={order}>
        {(o) => (
          <View>
            {o ? <OrderCard order={o} /> : (
              <View className='complaint-new__intro'>
                <Text>遇到任何问题或有建议，都可以告诉我们，客服会尽快联系您处理。</Text>
              </View>
            )}
            <Section title='问题类型'>
              <ChoiceChips label='问题类型' options={HOUSEHOLD_CATEGORIES} value={draft.category} onChange={(c) => set('category', c)} disabled={busy} />
            </Section>
            <Section title='问题描述'>
              <Textarea
                className='jz-textarea complaint-new__description'
                value={draft.description}
                maxlength={DESCRIPTION_MAX}
                disabled={busy}
                placeholder='请描述遇到的问题：发生了什么、在哪里、有什么影响，至少5个字'
                onInput={(e) => set('description', e.detail.value)}
              />
              <Text className={`complaint-new__count${descriptionCount > DESCRIPTION_MAX ? ' complaint-new__count--over' : ''}`}>
                {descriptionCount}/{DESCRIPTION_MAX}
              </Text>
            </Section>
            <Section title='照片' extra={<Text>选填，最多{PHOTOS_MAX}张</Text>}>
              <PhotoPicker paths={draft.photos} onChange={(p) => set('photos', p)} max={PHOTOS_MAX} label='添加照片' disabled={busy} />
            </Section>
            <Section title='方便联系的时间' extra={<Text>选填</Text>}>
              <ChoiceChips label='方便联系的时间' options={CONTACT_OPTIONS} value={draft.contactChoice} onChange={(c) => set('contactChoice', c)} disabled={busy} />
              {draft.contactChoice === CONTACT_TIME_OWN ? (
                <Input
                  className='complaint-new__contact'
                  value={draft.contactOwn}
                  maxlength={CONTACT_TIME_MAX}
                  disabled={busy}
                  placeholder='如：周三下午3点以后'
                  onInput={(e) => set('contactOwn', e.detail.value)}
                />
              ) : null}
            </Section>
            <View className='complaint-new__notice'>
              <Text>提交时会请您允许微信通知：处理进展会通过微信通知您。</Text>
            </View>
            {problem ? <View className='complaint-new__problem' role='alert'>{problem}</View> : null}
            <ActionBar>
              <Button className='jz-btn-primary jz-btn-block' loading={busy} disabled={busy} onClick={submit}>{stage || '提交'}</Button>
            </ActionBar>
          </View>
        )}
      </Loadable>
    </View>
  )
}
