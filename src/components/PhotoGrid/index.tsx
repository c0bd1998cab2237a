// Service photos (before / after) as a 3-column grid; a tap opens WeChat's image viewer on that photo.
import { View, Image } from '@tarojs/components'
import Taro from '@tarojs/taro'
import './index.scss'

interface PhotoGridProps {
  photos: Array<{ fileID: string; url: string }>
}

export default function PhotoGrid({ photos }: PhotoGridProps) {
  const urls = photos.map((p) => p.url).filter(Boolean)
  return (
    <View className='jz-photos'>
      {photos.map((p, i) => (
        <View key={p.fileID || i} className='jz-photos__cell'>
          {p.url ? (
            <Image
              className='jz-photos__img'
              src={p.url}
              mode='aspectFill'
              lazyLoad
              onClick={() => Taro.previewImage({ current: p.url, urls })}
            />
          ) : (
            <View className='jz-photos__gone'>图片已失效</View>
          )}
        </View>
      ))}
    </View>
  )
}
