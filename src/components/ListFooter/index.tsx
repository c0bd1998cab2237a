// The end of a paged list (usePagedList): loading the next page, its error with 重试, 上拉加载更多, or 没有更多了.
import { Text } from '@tarojs/components'
import type { PagedList } from '../../api/usePagedList'
import Loading from '../Loading'
import ErrorState from '../ErrorState'
import './index.scss'

export default function ListFooter({ list }: { list: Pick<PagedList<unknown>, 'loadingMore' | 'moreError' | 'hasMore' | 'loadMore'> }) {
  if (list.moreError) return <ErrorState compact message={list.moreError.message} onRetry={list.loadMore} />
  if (list.loadingMore) return <Loading />
  return <Text className='jz-list-footer'>{list.hasMore ? '上拉加载更多' : '没有更多了'}</Text>
}
