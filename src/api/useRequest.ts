// Loading, error and retry for one call, handled once: pages render `loading`, `error` (with `retry`) and `data`.
import { useCallback, useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { ApiError } from './transport'

export interface RequestState<T> {
  data: T | undefined
  loading: boolean
  error: ApiError | undefined
  retry: () => Promise<void>
  setData: (d: T) => void
}

export function useRequest<T>(load: () => Promise<T>, deps: unknown[] = []): RequestState<T> {
  const [data, setData] = useState<T>()
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<ApiError>()
  const alive = useRef(true)
  const run = useCallback(async () => {
    setLoading(true)
    setError(undefined)
    try {
      const d = await load()
      if (alive.current) setData(d)
    } catch (e) {
      if (alive.current) setError(e instanceof ApiError ? e : new ApiError('INTERNAL', '加载失败，请重试'))
    } finally {
      if (alive.current) setLoading(false)
    }
  }, deps) // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    alive.current = true
    run()
    return () => { alive.current = false }
  }, [run])
  return { data, loading, error, retry: run, setData }
}

/** Run an action that changes something: shows a toast with the Chinese message when it fails. */
export async function act<T>(work: () => Promise<T>, success?: string): Promise<T | undefined> {
  try {
    const r = await work()
    if (success) Taro.showToast({ title: success, icon: 'success' })
    return r
  } catch (e) {
    Taro.showToast({ title: e instanceof ApiError ? e.message : '操作失败，请重试', icon: 'none', duration: 2500 })
    return undefined
  }
}
