// The complaints desk on the home page. Whoever may call dashboard.kpis sees the KPIs: open work orders by level and
// step, SLA pass rates, response and resolution times, reopen and confirmation rates, satisfaction, and what (and who)
// is complained about most, as numbers and bars. Whoever may not read the KPIs sees what waits in the queue.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { complaintsDeskApi, type DeskKpis, type RateView } from '@/api/complaintsDesk'
import { useRequest } from '@/api/useRequest'
import { formatDate } from '@/format/time'
import type { ComplaintLevel } from '@core/contract/complaint'
import { useCan } from '../components/AdminShell'
import { ChipSelect } from '../components/Form'
import { addDays, serverNow, shanghaiToday } from '@/format/time'
import { goAdmin } from '../navigation'
import { readSla } from '../sla'
import { COMPLAINT_LEVEL_TEXT, COMPLAINT_STEP_TEXT } from '../vocabulary'
import BarChart from './BarChart'

/** 0.934 -> '93.4%'; null -> '—' */
export function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`
}

/** business minutes: 42 -> '42分钟', 135 -> '2小时15分'; null -> '—' */
export function formatMinutes(min: number | null): string {
  if (min === null) return '—'
  const m = Math.round(min)
  if (m < 60) return `${m}分钟`
  const h = Math.floor(m / 60)
  const r = m % 60
  return r ? `${h}小时${r}分` : `${h}小时`
}

const ratioNote = (r: RateView) => (r.whole ? `${r.part}/${r.whole}` : '暂无样本')

interface Tile {
  key: string
  label: string
  value: string
  note?: string
  tone?: 'warn' | 'bad' | 'good'
  onClick?: () => void
}

function Tiles({ tiles }: { tiles: Tile[] }) {
  return (
    <View className='admin-kpi__tiles' style={{ gridTemplateColumns: `repeat(${tiles.length}, minmax(0, 1fr))` }}>
      {tiles.map((t) => (
        <View key={t.key} className={`admin-kpi__tile${t.tone ? ` is-${t.tone}` : ''}${t.onClick ? ' is-link' : ''}`} onClick={t.onClick} data-testid={`kpi-${t.key}`}>
          <Text className='admin-kpi__tile-label'>{t.label}</Text>
          <Text className='admin-kpi__tile-value'>{t.value}</Text>
          {t.note && <Text className='adm-muted'>{t.note}</Text>}
        </View>
      ))}
    </View>
  )
}

const PERIODS = [
  { value: '7', label: '近 7 天' },
  { value: '30', label: '近 30 天' },
  { value: '90', label: '近 90 天' }
]

const LEVEL_TONES: Record<ComplaintLevel, 'blue' | 'amber' | 'red'> = { L1: 'blue', L2: 'amber', L3: 'red' }

function KpiView({ k }: { k: DeskKpis }) {
  const open = Object.values(k.openByLevel).reduce((a, b) => a + b, 0)
  const levels = (Object.keys(k.openByLevel) as ComplaintLevel[]).map((l) => ({
    key: l, label: COMPLAINT_LEVEL_TEXT[l], value: k.openByLevel[l], tone: LEVEL_TONES[l]
  }))
  const steps = (Object.keys(k.openByStep) as Array<keyof DeskKpis['openByStep']>).map((s) => ({
    key: s, label: COMPLAINT_STEP_TEXT[s], value: k.openByStep[s], tone: 'purple' as const
  }))
  const sla = [
    { key: 'sla-first', label: '首次响应', value: (k.slaPassRate.firstResponse.rate ?? 0) * 100, display: formatRate(k.slaPassRate.firstResponse.rate) },
    { key: 'sla-resolve', label: '解决', value: (k.slaPassRate.resolution.rate ?? 0) * 100, display: formatRate(k.slaPassRate.resolution.rate) }
  ].map((b) => ({ ...b, tone: b.value >= 90 ? ('green' as const) : b.value >= 70 ? ('amber' as const) : ('red' as const) }))
  const categories = k.topCategories.map((c) => ({ key: c.category, label: c.label, value: c.count, display: `${c.count} 件`, tone: 'amber' as const }))
  const cleaners = k.topCleaners.map((c) => ({ key: c.cleanerId, label: c.name, value: c.count, display: `${c.count} 件 · ${c.households} 户`, tone: 'red' as const }))
  const s = k.satisfaction

  return (
    <>
      <Tiles
        tiles={[
          { key: 'open', label: '未结工单', value: String(open), onClick: () => goAdmin('complaints') },
          { key: 'new-today', label: '今日新工单', value: String(k.newToday), tone: k.newToday ? 'warn' : undefined, onClick: () => goAdmin('complaints', { step: 'received' }) },
          { key: 'escalated', label: '已升级未结', value: String(k.escalatedOpen), tone: k.escalatedOpen ? 'bad' : undefined, onClick: () => goAdmin('complaints') },
          { key: 'awaiting', label: '待客户确认', value: String(k.openByStep.awaiting_confirmation), onClick: () => goAdmin('complaints', { status: 'awaiting_confirmation' }) },
          { key: 'received', label: '期间受理', value: String(k.received), note: `${formatDate(k.period.from)} – ${formatDate(k.period.to)}` },
          { key: 'satisfaction', label: '处理满意度', value: s.average === null ? '—' : `${s.average.toFixed(1)} / 5`, note: s.count ? `${s.count} 份评价` : '暂无评价', tone: s.average !== null && s.average >= 4.5 ? 'good' : undefined }
        ]}
      />
      <Tiles
        tiles={[
          { key: 'avg-first', label: '平均首次响应', value: formatMinutes(k.avgFirstResponseMin), note: '按工作时间计' },
          { key: 'avg-resolve', label: '平均解决时长', value: formatMinutes(k.avgResolutionMin), note: '按工作时间计' },
          { key: 'sla-first', label: '首次响应达标率', value: formatRate(k.slaPassRate.firstResponse.rate), note: ratioNote(k.slaPassRate.firstResponse) },
          { key: 'sla-resolve', label: '解决达标率', value: formatRate(k.slaPassRate.resolution.rate), note: ratioNote(k.slaPassRate.resolution) },
          { key: 'reopen', label: '重开率', value: formatRate(k.reopenRate.rate), note: ratioNote(k.reopenRate), tone: (k.reopenRate.rate ?? 0) > 0.1 ? 'bad' : undefined },
          { key: 'confirm', label: '客户确认率', value: formatRate(k.confirmationRate.rate), note: ratioNote(k.confirmationRate) }
        ]}
      />
      <View className='admin-kpi__charts'>
        <BarChart title='未结工单 · 按响应级别' bars={levels} />
        <BarChart title='未结工单 · 按处理环节' bars={steps} />
        <BarChart title='SLA 达标率' bars={sla} max={100} note='目标 ≥ 90%' />
        <BarChart title='投诉最多的类型' bars={categories} empty='期间没有投诉' />
        <BarChart title='被投诉最多的阿姨' bars={cleaners} empty='期间没有涉及阿姨的投诉' />
      </View>
    </>
  )
}

function SupervisorBoard() {
  const [days, setDays] = useState('30')
  const today = shanghaiToday()
  const kpis = useRequest(() => complaintsDeskApi.dashboard.kpis({ from: addDays(today, -(Number(days) - 1)), to: today }), [days, today])
  return (
    <View className='admin-kpi'>
      <View className='admin-kpi__head'>
        <Text className='admin-kpi__title'>投诉处理 · 关键指标</Text>
        <ChipSelect options={PERIODS} selected={[days]} onToggle={setDays} />
      </View>
      {kpis.error && <View className='adm-notice'>{kpis.error.message}</View>}
      {!kpis.data && !kpis.error && <Text className='adm-muted'>正在统计…</Text>}
      {kpis.data && <KpiView k={kpis.data} />}
    </View>
  )
}

const QUEUE_SAMPLE = 50

function AgentBoard() {
  const queue = useRequest(() => complaintsDeskApi.complaints.queue({ limit: QUEUE_SAMPLE }), [])
  const mine = useRequest(() => complaintsDeskApi.complaints.queue({ assignee: 'me', limit: QUEUE_SAMPLE }), [])
  const count = (n: number | undefined, more: boolean) => (n === undefined ? '—' : more ? `${n}+` : String(n))
  const list = queue.data?.list
  const more = !!queue.data?.nextCursor
  const now = serverNow()
  return (
    <View className='admin-kpi'>
      <View className='admin-kpi__head'>
        <Text className='admin-kpi__title'>投诉工单</Text>
      </View>
      {(queue.error || mine.error) && <View className='adm-notice'>{(queue.error ?? mine.error)!.message}</View>}
      <Tiles
        tiles={[
          { key: 'late', label: '超时/违约', value: count(list?.filter((c) => ['overdue', 'breached'].includes(readSla(c.sla, now).state)).length, more), tone: 'bad', onClick: () => goAdmin('complaints') },
          { key: 'new', label: '新工单（待定级）', value: count(list?.filter((c) => c.step === 'received').length, more), tone: 'warn', onClick: () => goAdmin('complaints', { step: 'received' }) },
          { key: 'escalated', label: '已升级', value: count(list?.filter((c) => c.escalated).length, more), onClick: () => goAdmin('complaints') },
          { key: 'mine', label: '我的工单', value: count(mine.data?.list.length, !!mine.data?.nextCursor), onClick: () => goAdmin('complaints', { assignee: 'me' }) },
          { key: 'open', label: '未结工单', value: count(list?.length, more), onClick: () => goAdmin('complaints') }
        ]}
      />
    </View>
  )
}

export default function ComplaintBoard() {
  // the KPI dashboard for whoever may read it (主管/经理 today), the queue's counts for everyone else
  return useCan()('dashboard.kpis') ? <SupervisorBoard /> : <AgentBoard />
}
