// One service in the catalogue: name (高端 tag when premium), a two-line description, and its price per unit.
import { View, Text } from '@tarojs/components'
import type { ServiceView } from '../../api/booking'
import Price from '../../components/Price'

interface ServiceCardProps {
  service: ServiceView
  onOpen: (id: string) => void
}

export default function ServiceCard({ service, onOpen }: ServiceCardProps) {
  return (
    <View className='service-card' onClick={() => onOpen(service.id)}>
      <View className='service-card__main'>
        <View className='service-card__title-row'>
          <Text className='service-card__name'>{service.name}</Text>
          {service.premium ? <Text className='service-card__premium'>高端</Text> : null}
        </View>
        <Text className='service-card__desc'>{service.description}</Text>
      </View>
      <View className='service-card__side'>
        <Price fen={service.priceFen} unit={service.unitLabel} />
        <Text className='service-card__book'>预约</Text>
      </View>
    </View>
  )
}
