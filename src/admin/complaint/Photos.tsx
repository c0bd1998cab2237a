// Photos as thumbnails; a click opens the large view.
import { View, Image } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { WorkOrderView } from '@/api/complaintsDesk'

export default function Photos({ photos }: { photos: WorkOrderView['photos'] }) {
  if (!photos.length) return null
  const urls = photos.map((p) => p.url).filter(Boolean)
  return (
    <View className='admin-wo__photos'>
      {photos.map((p) =>
        p.url ? (
          <Image key={p.fileID} className='admin-wo__photo' src={p.url} mode='aspectFill' onClick={() => Taro.previewImage({ current: p.url, urls })} />
        ) : (
          <View key={p.fileID} className='admin-wo__photo is-gone'>图片已失效</View>
        )
      )}
    </View>
  )
}
