// 我的订单 (tab): the household's orders by status tab, newest first; pull down to refresh, scroll to the end for more.
import { useState } from 'react'
import { View, Text, ScrollView } from '@tarojs/components'
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import * as booking from '../../api/booking'
import { usePagedList } from '../../api/usePagedList'
import { useShowAgain } from '../../hooks/useShowAgain'
import { ORDER_TABS, type OrderTab } from '../../constants/orderTabs'
import Loading from '../../components/Loading'
import ErrorState from '../../components/ErrorState'
import Empty from '../../components/Empty'
import ListFooter from '../../components/ListFooter'
import OrderCard from './OrderCard'

import './index.scss'

const PAGE_SIZE = 10

export default function OrdersPage() {
  const [tab, setTab] = useState<OrderTab>(ORDER_TABS[0])
  const orders = usePagedList(
    (cursor) => booking.list({ status: tab.filter, cursor, limit: PAGE_SIZE }),
    [tab.key]
  )

  usePullDownRefresh(async () => {
    await orders.refresh()
    Taro.stopPullDownRefresh()
  })
  useReachBottom(() => { orders.loadMore() })
  // Back from an order (cancelled, confirmed …) or from booking: show the current state.
  useShowAgain(() => { orders.refresh() })

  const open = (id: string) => Taro.navigateTo({ url: `/pages/order/index?id=${id}` })

  return (
    <View className='pages-orders'>
      <ScrollView className='pages-orders__tabs' scrollX enhanced showScrollbar={false}>
        {ORDER_TABS.map((t) => (
          <View
            key={t.key}
            role='tab'
            aria-selected={t.key === tab.key}
            className={`pages-orders__tab${t.key === tab.key ? ' pages-orders__tab--active' : ''}`}
            onClick={() => setTab(t)}
          >
            {t.label}
          </View>
        ))}
      </ScrollView>
      <View className='pages-orders__body'>
        {orders.loading ? (
          <Loading full />
        ) : orders.error ? (
          <ErrorState message={orders.error.message} onRetry={orders.retry} />
        ) : orders.items.length === 0 ? (
          <Empty
            title={tab.filter ? `暂无${tab.label}的订单` : '还没有订单'}
            hint='挑选需要的服务，预约阿姨上门'
            actionText='去预约'
            onAction={() => Taro.switchTab({ url: '/pages/home/index' })}
          />
        ) : (
          <View>
            {orders.items.map((o) => <OrderCard key={o.id} order={o} onOpen={open} />)}
            <ListFooter list={orders} />
          </View>
        )}
      </View>
    </View>
  )
}
