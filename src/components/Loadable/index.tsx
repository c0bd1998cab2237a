// Loading, error-with-retry and empty for one useRequest state, so a page only describes what it shows once loaded:
//   <Loadable state={orders} isEmpty={(d) => d.list.length === 0} empty={<Empty title='还没有订单' />}>{(d) => …}</Loadable>
import type { ReactNode } from 'react'
import type { RequestState } from '../../api/useRequest'
import Loading from '../Loading'
import ErrorState from '../ErrorState'

interface LoadableProps<T> {
  state: Pick<RequestState<T>, 'data' | 'loading' | 'error' | 'retry'>
  isEmpty?: (data: T) => boolean
  empty?: ReactNode
  children: (data: T) => ReactNode
}

export default function Loadable<T>({ state, isEmpty, empty, children }: LoadableProps<T>) {
  // Keep showing loaded data during a background reload (pull to refresh); spinner only when there is nothing yet.
  if (state.data === undefined) {
    if (state.error) return <ErrorState message={state.error.message} onRetry={state.retry} />
    return <Loading full />
  }
  if (state.error && !state.loading) return <ErrorState message={state.error.message} onRetry={state.retry} />
  if (isEmpty?.(state.data) && empty) return <>{empty}</>
  return <>{children(state.data)}</>
}
