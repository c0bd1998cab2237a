// The current time, ticking: countdowns on the desk re-render every `everyMs` without asking the server again. It is
// the server's time (the local clock's offset included), so a countdown agrees with the server's SLA clocks.
import { useEffect, useRef, useState } from 'react'
import { serverNow } from '@/format/time'

export function useNow(everyMs = 1000): Date {
  const [now, setNow] = useState(() => serverNow())
  useEffect(() => {
    const timer = setInterval(() => setNow(serverNow()), everyMs)
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
