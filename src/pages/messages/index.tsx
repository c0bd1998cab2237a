// 消息中心: the household's messages (order updates, revisits, offers), newest first, paged. In the H5 build it also
// shows what WeChat delivered as subscription messages (the local CloudBase records them; see DESIGN §4).
import { View, Text } from '@tarojs/components'
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import * as user from '../../api/user'
import { usePagedList } from '../../api/usePagedList'
import Loading from '../../components/Loading'
import ErrorState from '../../components/ErrorState'
import Empty from '../../components/Empty'
import ListFooter from '../../components/ListFooter'
import { formatDateTime } from '../../format/time'
import DeliveredSection from './DeliveredSection'

import './index.scss'

const showDelivered = process.env.TARO_ENV === 'h5'

export default function MessagesPage() {
  const messages = usePagedList((cursor) => user.messages({ cursor, limit: 20 }), [])

  usePullDownRefresh(async () => {
    await messages.refresh()
    Taro.stopPullDownRefresh()
  })
  useReachBottom(() => { messages.loadMore() })

  const open = (m: user.MessageView) => {
    if (m.page) Taro.navigateTo({ url: m.page.startsWith('/') ? m.page : `/${m.page}` }).catch(() => undefined)
  }

  return (
    <View className='pages-messages'>
      {showDelivered ? <DeliveredSection /> : null}
      {messages.loading ? (
        <Loading full />
      ) : messages.error ? (
        <ErrorState message={messages.error.message} onRetry={messages.retry} />
      ) : messages.items.length === 0 ? (
        <Empty title='暂无消息' hint='订单派单、服务完成等通知会显示在这里' />
      ) : (
        <View>
          {messages.items.map((m) => (
            <View key={m.id} className='message-card' onClick={() => open(m)}>
              <View className='message-card__head'>
                <Text className='message-card__title'>{m.title}</Text>
                <Text className='message-card__time'>{formatDateTime(m.sentAt)}</Text>
              </View>
              <Text className='message-card__content'>{m.content}</Text>
              {m.page ? <Text className='message-card__link'>查看详情 ›</Text> : null}
            </View>
          ))}
          <ListFooter list={messages} />
        </View>
      )}
    </View>
  )
}
