// The case library as a handout: a toolbar (filter by complaint type, 打印) that never prints, then 《顾客之声》 with
// one article per case. No personal data reaches this page (cases.list leaves it out).
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { complaintsDeskApi, type CaseView } from '@/api/complaintsDesk'
import { useRequest } from '@/api/useRequest'
import { formatDate, formatDateTime } from '@/format/time'
import { Button, ChipSelect } from '../components/Form'
import { shanghaiToday } from '@/format/time'

/** Opens the browser's print dialog (the admin desk is H5 only). */
export function printPage(): void {
  if (typeof window !== 'undefined' && typeof window.print === 'function') window.print()
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <View className='admin-cases__section'>
      <Text className='admin-cases__section-title'>{title}</Text>
      <View className='admin-cases__section-body'>{children}</View>
    </View>
  )
}

function CaseArticle({ c, n }: { c: CaseView; n: number }) {
  return (
    <View className='admin-cases__case'>
      <View className='admin-cases__case-head'>
        <Text className='admin-cases__case-no'>案例 {n}</Text>
        <Text className='admin-cases__case-title'>{c.title}</Text>
      </View>
      <View className='admin-cases__case-meta'>
        <Text className='adm-tag'>{c.categoryLabel}</Text>
        <Text className={`adm-tag is-sev-${c.severity}`}>{c.severityLabel}</Text>
        <Text className='adm-tag is-level'>{c.levelLabel}</Text>
        {c.serviceName && <Text className='adm-tag'>{c.serviceName}</Text>}
        <Text className='adm-muted'>工单 {c.ticketNo} · {formatDateTime(c.createdAt)}受理{c.closedAt ? ` · ${formatDateTime(c.closedAt)}结案` : ''}</Text>
      </View>
      <Section title='事情经过'>
        <Text className='admin-cases__quote'>“{c.description}”</Text>
      </Section>
      <Section title='处理经过'>
        <Text>{c.resolution ?? '（未记录处理方案）'}</Text>
        {c.compensation.length > 0 && <Text className='admin-cases__line'>补偿：{c.compensation.join('；')}</Text>}
        {c.satisfied !== null && (
          <Text className='admin-cases__line'>
            客户反馈：{c.satisfied ? '满意' : '不满意'}
            {c.rating !== null ? `（${'★'.repeat(c.rating)}${'☆'.repeat(5 - c.rating)}）` : ''}
          </Text>
        )}
      </Section>
      <Section title='经验教训'>
        <Text className='admin-cases__lesson'>{c.lesson}</Text>
      </Section>
      <Text className='admin-cases__by'>{c.markedBy} 收录于 {formatDateTime(c.markedAt)}</Text>
    </View>
  )
}

export default function CasesDesk() {
  const cases = useRequest(() => complaintsDeskApi.cases.list(), [])
  const [category, setCategory] = useState('')
  const all = cases.data ?? []
  const categories = [...new Map(all.map((c) => [c.category, c.categoryLabel])).entries()].map(([value, label]) => ({ value, label }))
  const shown = all.filter((c) => !category || c.category === category)

  return (
    <View className='admin-cases'>
      <View className='admin-cases__toolbar'>
        <View className='admin-cases__filter'>
          <Text className='admin-cases__filter-label'>投诉类型</Text>
          <ChipSelect options={[{ value: '', label: '全部' }, ...categories]} selected={[category]} onToggle={setCategory} />
        </View>
        <Button kind='primary' disabled={shown.length === 0} onClick={printPage}>打印</Button>
      </View>
      {cases.error && <View className='adm-notice'>{cases.error.message}</View>}
      <View className='admin-cases__paper'>
        <View className='admin-cases__masthead'>
          <Text className='admin-cases__name'>《顾客之声》</Text>
          <Text className='admin-cases__subtitle'>典型投诉案例 · 服务补救学习材料</Text>
          <Text className='admin-cases__issue'>
            {formatDate(shanghaiToday())} 编印 · 共 {shown.length} 个案例{category ? ` · ${categories.find((c) => c.value === category)?.label ?? ''}` : ''}
          </Text>
        </View>
        {cases.loading && !cases.data && <Text className='adm-muted'>加载中…</Text>}
        {cases.data && shown.length === 0 && (
          <View className='admin-cases__empty'>还没有典型案例。有权限的同事可在已结案的工单页把有代表性的投诉「收入案例库」。</View>
        )}
        {shown.map((c, i) => <CaseArticle key={c.id} c={c} n={i + 1} />)}
        <Text className='admin-cases__footer'>内部学习资料，不含客户个人信息，请勿外传。</Text>
      </View>
    </View>
  )
}
