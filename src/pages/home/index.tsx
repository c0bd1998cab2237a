// 首页: the service catalogue, grouped by the eight categories, with each service's price per unit.
// Tapping a category jumps to its group; tapping a service opens its detail page.
import { View, Text } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import * as booking from '../../api/booking'
import { useRequest } from '../../api/useRequest'
import Loadable from '../../components/Loadable'
import Empty from '../../components/Empty'
import CategoryGrid from './CategoryGrid'
import ServiceCard from './ServiceCard'

import './index.scss'

export default function HomePage() {
  const catalog = useRequest(() => booking.catalog())

  usePullDownRefresh(async () => {
    await catalog.retry()
    Taro.stopPullDownRefresh()
  })

  const openService = (id: string) => Taro.navigateTo({ url: `/pages/service/index?id=${id}` })

  return (
    <View className='pages-home'>
      <View className='pages-home__banner'>
        <Text className='pages-home__banner-title'>专业家政 · 放心到家</Text>
        <Text className='pages-home__banner-sub'>持证阿姨上门 · 服务不满意免费返工</Text>
      </View>
      <Loadable
        state={catalog}
        isEmpty={(d) => d.categories.every((c) => c.services.length === 0)}
        empty={<Empty title='服务暂未上架' hint='下拉刷新试试，或稍后再来看看' />}
      >
        {(data) => (
          <View>
            <CategoryGrid categories={data.categories} />
            {data.categories.map((category) => (
              <View key={category.id} id={`category-${category.id}`} className='pages-home__group'>
                <Text className='pages-home__group-title'>{category.label}</Text>
                {category.services.length === 0 ? (
                  <View className='pages-home__group-empty'>该类服务即将开放，敬请期待</View>
                ) : (
                  category.services.map((s) => <ServiceCard key={s.id} service={s} onOpen={openService} />)
                )}
              </View>
            ))}
            <View className='pages-home__footer'>服务时间 08:00-21:00 · 最多可预约14天内</View>
          </View>
        )}
      </Loadable>
    </View>
  )
}
