// Photos chosen on the phone (camera or album), shown as thumbnails that can be removed, before the page uploads them
// (a household's complaint photos, a cleaner's before/after photos).
import { View, Text, Image } from '@tarojs/components'
import Taro from '@tarojs/taro'

import './index.scss'

interface PhotoPickerProps {
  paths: string[]
  onChange: (paths: string[]) => void
  max: number
  label: string
  disabled?: boolean
}

export default function PhotoPicker({ paths, onChange, max, label, disabled = false }: PhotoPickerProps) {
  const add = async () => {
    if (disabled) return
    try {
      const r = await Taro.chooseImage({ count: max - paths.length, sizeType: ['compressed'], sourceType: ['camera', 'album'] })
      onChange([...paths, ...r.tempFilePaths].slice(0, max))
    } catch {
      // the picker was closed
    }
  }
  return (
    <View className='jz-photo-picker'>
      {paths.map((p, i) => (
        <View key={p} className='jz-photo-picker__item'>
          <Image className='jz-photo-picker__img' src={p} mode='aspectFill' />
          {disabled ? null : (
            <View className='jz-photo-picker__remove' aria-label='删除照片' onClick={() => onChange(paths.filter((_, j) => j !== i))}>×</View>
          )}
        </View>
      ))}
      {paths.length < max && !disabled && (
        <View className='jz-photo-picker__add' role='button' aria-label={label} onClick={add}>
          <Text className='jz-photo-picker__plus'>+</Text>
          <Text className='jz-photo-picker__label'>{label}</Text>
        </View>
      )}
    </View>
  )
}
