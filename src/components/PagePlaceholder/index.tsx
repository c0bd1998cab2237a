// Stand-in body for a page whose real content is not built yet: a title and one line of explanation.
import { View, Text } from '@tarojs/components'

import './index.scss'

interface PagePlaceholderProps {
  title: string
  description: string
}

export default function PagePlaceholder({ title, description }: PagePlaceholderProps) {
  return (
    <View className='page-placeholder'>
      <Text className='page-placeholder__title'>{title}</Text>
      <Text className='page-placeholder__description'>{description}</Text>
    </View>
  )
}
