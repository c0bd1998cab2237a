// An address as two lines: where (城市 区县 详细地址, with an optional 默认 tag) and who (联系人 and masked phone).
// Grows to fill its row, so a › or a check mark can sit beside it.
import { View, Text } from '@tarojs/components'
import './index.scss'

interface AddressLinesProps {
  address: { city: string; district: string; detail: string; contactName: string; phoneMasked: string }
  /** show the 默认 tag before the address */
  isDefault?: boolean
}

export default function AddressLines({ address: a, isDefault = false }: AddressLinesProps) {
  return (
    <View className='jz-address'>
      <Text className='jz-address__line'>
        {isDefault ? <Text className='jz-address__default'>默认</Text> : null}
        {a.city}{a.district}{a.detail}
      </Text>
      <Text className='jz-address__contact'>{a.contactName} {a.phoneMasked}</Text>
    </View>
  )
}
