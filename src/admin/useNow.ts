// The current time, ticking: countdowns on the desk re-render every `everyMs` without asking the server again.
import { useEffect, useRef, useState } from 'react'

export function useNow(everyMs = 1000): Date {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs)
    return () => clearInterval(timer)
  }, [everyMs])
  return now
}

/** Calls `tick` every `everyMs` while the page is mounted (the queue's auto-refresh). */
export function useInterval(tick: () => void, everyMs: number): void {
  // The latest tick is called, so a page may pass a new closure on every render without restarting the timer.
  const latest = useRef(tick)
  latest.current = tick
  useEffect(() => {
    const timer = setInterval(() => latest.current(), everyMs)
    return () => clearInterval(timer)
  }, [everyMs])
}
