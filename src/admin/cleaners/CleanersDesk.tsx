// The cleaner desk: search and 新增阿姨 on top, the table below, one cleaner (or the new-cleaner form) in a drawer.
import { useState } from 'react'
import { View } from '@tarojs/components'
import { adminApi, type CleanerAdminView } from '@/api/admin'
import { usePagedList } from '@/api/usePagedList'
import { useRowEdits } from '../useRowEdits'
import { TextInput, Button } from '../components/Form'
import CleanerTable from './CleanerTable'
import CleanerDrawer from './CleanerDrawer'

/** which drawer is open: a new cleaner's form, or one cleaner by id */
type Open = { mode: 'create' } | { mode: 'edit'; id: string } | null

export default function CleanersDesk() {
  const [typed, setTyped] = useState('')
  const [q, setQ] = useState('')
  const [open, setOpen] = useState<Open>(null)
  const cleaners = usePagedList<CleanerAdminView>(
    (cursor) => adminApi.cleaners.list({ q: q || undefined, cursor: cursor ?? undefined }),
    [q]
  )
  const { rows, put } = useRowEdits(cleaners.items, q)
  const current = open?.mode === 'edit' ? rows.find((c) => c.id === open.id) : undefined

  const changed = (c: CleanerAdminView) => {
    put(c)
    setOpen({ mode: 'edit', id: c.id })
  }

  return (
    <View className='admin-cleaners'>
      <View className='admin-cleaners__bar'>
        <View className='admin-cleaners__search'>
          <TextInput value={typed} onChange={setTyped} placeholder='按姓名或手机号搜索' width={280} onConfirm={() => setQ(typed.trim())} />
          <Button onClick={() => setQ(typed.trim())}>搜索</Button>
          {q && <Button onClick={() => { setTyped(''); setQ('') }}>清除</Button>}
        </View>
        <Button kind='primary' onClick={() => setOpen({ mode: 'create' })}>新增阿姨</Button>
      </View>
      {cleaners.error && <View className='adm-notice'>{cleaners.error.message}</View>}
      <CleanerTable rows={rows} loading={cleaners.loading} selectedId={current?.id} onOpen={(c) => setOpen({ mode: 'edit', id: c.id })} />
      <View className='admin-cleaners__more'>
        {cleaners.moreError && <View className='adm-notice'>{cleaners.moreError.message}</View>}
        {cleaners.hasMore && <Button onClick={cleaners.loadMore}>{cleaners.loadingMore ? '加载中…' : '加载更多'}</Button>}
      </View>
      {open && (open.mode === 'create' || current) && (
        <CleanerDrawer cleaner={current} onClose={() => setOpen(null)} onChanged={changed} />
      )}
    </View>
  )
}
