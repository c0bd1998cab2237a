// Photos chosen on the phone (camera or album), shown as thumbnails that can be removed, before they are uploaded.
import { View, Text, Image } from '@tarojs/components'
import Taro from '@tarojs/taro'

import './index.scss'

interface PhotoPickerProps {
  paths: string[]
  onChange: (paths: string[]) => void
  max: number
  label: string
}

export default function PhotoPicker({ paths, onChange, max, label }: PhotoPickerProps) {
  const add = async () => {
    try {
      const r = await Taro.chooseImage({ count: max - paths.length, sizeType: ['compressed'], sourceType: ['camera', 'album'] })
      onChange([...paths, ...r.tempFilePaths].slice(0, max))
    } catch {
      // she closed the picker
    }
  }
  return (
    <View className='cleaner-photos'>
      {paths.map((p, i) => (
        <View key={p} className='cleaner-photos__item'>
          <Image className='cleaner-photos__img' src={p} mode='aspectFill' />
          <View className='cleaner-photos__remove' aria-label='删除照片' onClick={() => onChange(paths.filter((_, j) => j !== i))}>×</View>
        </View>
      ))}
      {paths.length < max && (
        <View className='cleaner-photos__add' onClick={add}>
          <Text className='cleaner-photos__plus'>+</Text>
          <Text className='cleaner-photos__label'>{label}</Text>
        </View>
      )}
    </View>
  )
}
