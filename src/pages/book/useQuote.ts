// The server's price for the chosen service and quantity, asked again whenever either changes. Only the answer to
// the latest question is kept (a slow answer for an old quantity never overwrites a newer one).
import { useCallback, useEffect, useRef, useState } from 'react'
import * as booking from '../../api/booking'
import { ApiError } from '../../api/transport'

export interface QuoteState {
  quote: booking.QuoteView | undefined
  loading: boolean
  error: ApiError | undefined
  retry: () => void
}

export function useQuote(serviceId: string | undefined, quantity: number | undefined): QuoteState {
  const [quote, setQuote] = useState<booking.QuoteView>()
  const [loading, setLoading] = useState(false)
  const [error, setError] = useState<ApiError>()
  const latest = useRef(0)

  const ask = useCallback(async () => {
    if (!serviceId || !quantity) return
    const seq = ++latest.current
    setLoading(true)
    setError(undefined)
    try {
      const q = await booking.quote({ serviceId, quantity })
      if (seq === latest.current) setQuote(q)
    } catch (e) {
      if (seq === latest.current) {
        setQuote(undefined)
        setError(e instanceof ApiError ? e : new ApiError('INTERNAL', '报价失败，请重试'))
      }
    } finally {
      if (seq === latest.current) setLoading(false)
    }
  }, [serviceId, quantity])

  useEffect(() => { ask() }, [ask])

  return { quote, loading, error, retry: ask }
}
