// The eight categories as a 4 x 2 grid of round badges; a tap scrolls to that category's services.
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { CatalogView } from '../../api/booking'

interface CategoryGridProps {
  categories: CatalogView['categories']
}

export default function CategoryGrid({ categories }: CategoryGridProps) {
  const jump = (id: string) => Taro.pageScrollTo({ selector: `#category-${id}`, duration: 300 })
  return (
    <View className='category-grid'>
      {categories.map((c) => (
        <View key={c.id} className='category-grid__item' onClick={() => jump(c.id)}>
          <View className={`category-grid__badge category-grid__badge--${c.id}`}>
            <Text>{c.label.slice(0, 1)}</Text>
          </View>
          <Text className='category-grid__label'>{c.label}</Text>
        </View>
      ))}
    </View>
  )
}
