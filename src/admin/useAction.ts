// A change made from the desk: one at a time, with the backend's refusal kept to show inline next to the button
// (a toast would vanish before staff read a conflict).
import { useState } from 'react'
import { ApiError } from '@/api/transport'

export interface Action {
  busy: boolean
  error: string
  setError: (message: string) => void
  /** runs `work`; resolves with its result, or undefined when it failed (the message is in `error`) */
  run: <T>(work: () => Promise<T>) => Promise<T | undefined>
}

export function useAction(): Action {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  const run = async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true)
    setError('')
    try {
      return await work()
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '操作失败，请重试')
      return undefined
    } finally {
      setBusy(false)
    }
  }
  return { busy, error, setError, run }
}
