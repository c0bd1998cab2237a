// A cursor-paged list ({list, nextCursor}) for pull-to-refresh and infinite scroll: pages call `refresh` from
// usePullDownRefresh and `loadMore` from useReachBottom; loading, error and the end of the list are tracked here.
import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError } from './transport'

export interface PageOf<T> { list: T[]; nextCursor: string | null }

export interface PagedList<T> {
  items: T[]
  /** first page loading (nothing to show yet) */
  loading: boolean
  loadingMore: boolean
  refreshing: boolean
  error: ApiError | undefined
  /** an error while loading a further page (the loaded items stay) */
  moreError: ApiError | undefined
  hasMore: boolean
  refresh: () => Promise<void>
  loadMore: () => Promise<void>
  retry: () => Promise<void>
}

const asApiError = (e: unknown) => (e instanceof ApiError ? e : new ApiError('INTERNAL', '加载失败，请重试'))

export function usePagedList<T>(load: (cursor: string | null) => Promise<PageOf<T>>, deps: unknown[] = []): PagedList<T> {
  const [items, setItems] = useState<T[]>([])
  const [cursor, setCursor] = useState<string | null>(null)
  const [hasMore, setHasMore] = useState(false)
  const [loading, setLoading] = useState(true)
  const [refreshing, setRefreshing] = useState(false)
  const [loadingMore, setLoadingMore] = useState(false)
  const [error, setError] = useState<ApiError>()
  const [moreError, setMoreError] = useState<ApiError>()
  // Each (re)load gets a generation; answers of an older generation (a tab switched meanwhile) are dropped.
  const generation = useRef(0)
  const busyMore = useRef(false)

  const loadFirst = useCallback(async (mode: 'initial' | 'refresh') => {
    const gen = ++generation.current
    if (mode === 'initial') { setLoading(true); setItems([]) } else setRefreshing(true)
    setError(undefined)
    setMoreError(undefined)
    try {
      const page = await load(null)
      if (gen !== generation.current) return
      setItems(page.list)
      setCursor(page.nextCursor)
      setHasMore(page.nextCursor !== null)
    } catch (e) {
      if (gen === generation.current) setError(asApiError(e))
    } finally {
      if (gen === generation.current) { setLoading(false); setRefreshing(false) }
    }
  }, deps) // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    loadFirst('initial')
    return () => { generation.current++ }
  }, [loadFirst])

  const loadMore = useCallback(async () => {
    if (busyMore.current || !hasMore || !cursor || loading) return
    busyMore.current = true
    const gen = generation.current
    setLoadingMore(true)
    setMoreError(undefined)
    try {
      const page = await load(cursor)
      if (gen !== generation.current) return
      setItems((prev) => [...prev, ...page.list])
      setCursor(page.nextCursor)
      setHasMore(page.nextCursor !== null)
    } catch (e) {
      if (gen === generation.current) setMoreError(asApiError(e))
    } finally {
      busyMore.current = false
      if (gen === generation.current) setLoadingMore(false)
    }
  }, [load, cursor, hasMore, loading]) // eslint-disable-line react-hooks/exhaustive-deps

  return {
    items, loading, loadingMore, refreshing, error, moreError, hasMore,
    refresh: () => loadFirst('refresh'),
    loadMore,
    retry: () => loadFirst('initial')
  }
}
