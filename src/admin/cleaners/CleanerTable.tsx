// The cleaners as rows: 姓名, 手机, 技能, 等级, 绑定 (or the open invite code), 状态, 请假.
import { Text } from '@tarojs/components'
import type { CleanerAdminView } from '@/api/admin'
import DataTable, { type Column } from '../components/DataTable'

const COLUMNS: Column<CleanerAdminView>[] = [
  { key: 'name', title: '姓名', width: '110px', render: (c) => c.name },
  { key: 'phone', title: '手机', width: '130px', render: (c) => c.phoneMasked },
  { key: 'skills', title: '技能', width: 'minmax(180px, 1fr)', render: (c) => c.skillLabels.join('、') },
  { key: 'grade', title: '等级', width: '80px', render: (c) => c.gradeLabel },
  { key: 'rating', title: '评分', width: '70px', render: (c) => (c.rating === null ? '—' : c.rating.toFixed(1)) },
  {
    key: 'bound', title: '微信绑定', width: '150px',
    render: (c) => (c.bound ? <Text className='adm-tag is-ok'>已绑定</Text> : <Text className='adm-tag is-warn'>待绑定 {c.inviteCode ?? ''}</Text>)
  },
  { key: 'active', title: '状态', width: '80px', render: (c) => <Text className={`adm-tag ${c.active ? 'is-ok' : 'is-off'}`}>{c.active ? '在岗' : '已停用'}</Text> },
  { key: 'leave', title: '请假', width: '220px', render: (c) => (c.leave.length ? c.leave.map((l) => (l.from === l.to ? l.from : `${l.from}~${l.to}`)).join('，') : '—') }
]

interface CleanerTableProps {
  rows: CleanerAdminView[]
  loading: boolean
  selectedId?: string
  onOpen: (c: CleanerAdminView) => void
}

export default function CleanerTable({ rows, loading, selectedId, onOpen }: CleanerTableProps) {
  return (
    <DataTable columns={COLUMNS} rows={rows} rowKey={(c) => c.id} onRowClick={onOpen} selectedKey={selectedId} loading={loading} empty='没有找到阿姨' />
  )
}
