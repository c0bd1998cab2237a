// 预约服务: choose a day and a window (with what is left), how much, where, any wishes and the family situation;
// the server quotes the price; 确认预约 books it once (one requestKey per visit of this page) and opens the order.
import { useEffect, useMemo, useRef, useState } from 'react'
import { View, Text, Button, Textarea } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import * as booking from '../../api/booking'
import * as user from '../../api/user'
import { ApiError } from '../../api/transport'
import { useRequest } from '../../api/useRequest'
import { newRequestKey } from '../../api/requestKey'
import Loading from '../../components/Loading'
import ErrorState from '../../components/ErrorState'
import Empty from '../../components/Empty'
import Section from '../../components/Section'
import Stepper from '../../components/Stepper'
import SlotPicker, { type SlotChoice } from '../../components/SlotPicker'
import ActionBar from '../../components/ActionBar'
import FamilyFields from '../../components/FamilyFields'
import AddressPicker from './AddressPicker'
import QuoteSummary from './QuoteSummary'
import { useQuote } from './useQuote'

import './index.scss'

const NO_FAMILY: user.FamilyInfo = { elderly: false, children: false, pets: false, notes: '' }

export default function BookPage() {
  const { params } = useRouter()
  const serviceId = params.serviceId ?? ''
  const catalog = useRequest(() => booking.catalog(), [])
  const slots = useRequest(() => booking.slots({ serviceId }), [serviceId])
  const profile = useRequest(() => user.me(), [])
  const service = useMemo(
    () => catalog.data?.categories.flatMap((c) => c.services).find((s) => s.id === serviceId),
    [catalog.data, serviceId]
  )

  const [quantity, setQuantity] = useState<number>()
  const [slot, setSlot] = useState<SlotChoice>({ date: '', window: null })
  // null until the household chooses: the default address and the saved family situation stand in
  const [chosenAddressId, setAddressId] = useState<string | null>(null)
  const [requests, setRequests] = useState('')
  const [chosenFamily, setFamily] = useState<user.FamilyInfo | null>(null)
  const [submitting, setSubmitting] = useState(false)
  // One key per visit of this page: a double tap or a retry can never book twice.
  const [requestKey] = useState(newRequestKey)
  const inFlight = useRef(false)
  const quote = useQuote(service?.id, quantity)

  useEffect(() => { if (service && quantity === undefined) setQuantity(service.quantity.default) }, [service, quantity])
  useEffect(() => {
    if (!slots.data || slot.date) return
    const firstOpen = slots.data.days.find((d) => d.windows.some((w) => w.bookable)) ?? slots.data.days[0]
    if (firstOpen) setSlot({ date: firstOpen.date, window: null })
  }, [slots.data, slot.date])

  const failed = [catalog, slots, profile].find((r) => r.error && !r.data)
  if (failed) return <ErrorState message={failed.error!.message} onRetry={failed.retry} />
  if (!catalog.data || !slots.data || !profile.data || (service && quantity === undefined)) return <Loading full />
  if (!service) return <Empty title='该服务已下架' hint='返回首页看看其他服务吧' />

  const { addresses } = profile.data
  const addressId = chosenAddressId ?? (addresses.find((a) => a.isDefault) ?? addresses[0])?.id ?? null
  const family = chosenFamily ?? profile.data.family ?? NO_FAMILY
  const missing = !slot.window ? '请选择服务时段' : !addressId ? '请选择服务地址' : !quote.quote ? '正在计算价格，请稍候' : null

  const submit = async () => {
    if (inFlight.current) return
    if (missing) return void Taro.showToast({ title: missing, icon: 'none' })
    inFlight.current = true
    setSubmitting(true)
    try {
      const order = await booking.create({
        serviceId: service.id, quantity: quantity!, date: slot.date, window: slot.window!, addressId: addressId!,
        requests: requests.trim() || undefined, familyNotes: family, requestKey
      })
      Taro.showToast({ title: '预约成功', icon: 'success' })
      Taro.redirectTo({ url: `/pages/order/index?id=${order.id}` })
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError('INTERNAL', '预约失败，请重试')
      Taro.showToast({ title: err.message, icon: 'none', duration: 2500 })
      // The window filled up meanwhile: show the fresh capacity and let them choose again.
      if (err.code === 'CONFLICT' || err.code === 'FAILED_PRECONDITION') {
        setSlot((s) => ({ ...s, window: null }))
        slots.retry()
      }
      inFlight.current = false
      setSubmitting(false)
    }
  }

  const unit = service.unit === 'package_26d' ? '期' : service.unitLabel

  return (
    <View className='pages-book'>
      <Section>
        <View className='pages-book__service'>
          <Text className='pages-book__service-name'>{service.name}</Text>
          <Text className='pages-book__service-price'>{service.priceDisplay}</Text>
        </View>
      </Section>
      <Section title='服务时间'>
        <SlotPicker days={slots.data.days} value={slot} onChange={setSlot} />
      </Section>
      <Section title='服务数量' extra={<Stepper value={quantity!} min={service.quantity.min} max={service.quantity.max} unit={unit} onChange={setQuantity} />} />
      <Section title='服务地址'>
        <AddressPicker
          addresses={profile.data.addresses}
          selectedId={addressId}
          onSelect={setAddressId}
          onAddresses={(addresses) => profile.setData({ ...profile.data!, addresses })}
        />
      </Section>
      <Section title='特殊要求'>
        <Textarea
          className='jz-textarea'
          value={requests}
          maxlength={200}
          placeholder='如：重点打扫厨房，自带清洁工具（选填）'
          onInput={(e) => setRequests(e.detail.value)}
        />
      </Section>
      <Section title='家庭情况'>
        <FamilyFields value={family} onChange={setFamily} last />
        <Text className='pages-book__hint'>阿姨上门前会看到这些信息，方便提前准备</Text>
      </Section>
      <ActionBar summary={<QuoteSummary state={quote} />}>
        <Button className='jz-btn-primary' loading={submitting} disabled={submitting} onClick={submit}>确认预约</Button>
      </ActionBar>
    </View>
  )
}
