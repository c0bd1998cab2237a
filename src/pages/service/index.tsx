// 服务详情: one service of the catalogue — price per unit, how long it takes, what it includes, booking notes —
// and 立即预约, which opens the booking page for it.
import { View, Text, Button } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import * as booking from '../../api/booking'
import { useRequest } from '../../api/useRequest'
import Loadable from '../../components/Loadable'
import Empty from '../../components/Empty'
import Section from '../../components/Section'
import Price from '../../components/Price'
import ActionBar from '../../components/ActionBar'
import { SERVICE_INCLUDES, BOOKING_NOTES } from '../../constants/serviceIncludes'
import { durationText } from '../../format/service'

import './index.scss'

export default function ServicePage() {
  const { params } = useRouter()
  const catalog = useRequest(() => booking.catalog(), [])
  const find = (d: booking.CatalogView) => d.categories.flatMap((c) => c.services).find((s) => s.id === params.id)

  return (
    <View className='pages-service'>
      <Loadable
        state={catalog}
        isEmpty={(d) => !find(d)}
        empty={<Empty title='该服务已下架' hint='去首页看看其他服务吧' actionText='返回首页' onAction={() => Taro.switchTab({ url: '/pages/home/index' })} />}
      >
        {(data) => {
          const s = find(data)!
          return (
            <View>
              <View className='pages-service__head'>
                <Text className='pages-service__category'>{s.categoryLabel}</Text>
                <View className='pages-service__title-row'>
                  <Text className='pages-service__name'>{s.name}</Text>
                  {s.premium ? <Text className='pages-service__premium'>高端服务</Text> : null}
                </View>
                <View className='pages-service__price-row'>
                  <Price fen={s.priceFen} unit={s.unitLabel} size='large' />
                  <Text className='pages-service__duration'>{durationText(s)}</Text>
                </View>
              </View>
              <Section title='服务介绍'>
                <Text className='pages-service__text'>{s.description}</Text>
              </Section>
              <Section title='服务内容'>
                {(s.includes?.length ? s.includes : SERVICE_INCLUDES[s.category] ?? []).map((item) => (
                  <View key={item} className='pages-service__item'>
                    <Text className='pages-service__check'>✓</Text>
                    <Text>{item}</Text>
                  </View>
                ))}
              </Section>
              <Section title='预约须知'>
                {BOOKING_NOTES.map((note) => (
                  <View key={note} className='pages-service__note'>{note}</View>
                ))}
              </Section>
              <ActionBar summary={<Price fen={s.priceFen} unit={s.unitLabel} />}>
                <Button className='jz-btn-primary' onClick={() => Taro.navigateTo({ url: `/pages/book/index?serviceId=${s.id}` })}>
                  立即预约
                </Button>
              </ActionBar>
            </View>
          )
        }}
      </Loadable>
    </View>
  )
}
