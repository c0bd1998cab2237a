// A refused work-order action, shown where it was tried.
import { View } from '@tarojs/components'
import { refusalText, type ActRefusal } from './useWorkOrderAct'

export default function RefusalNotice({ refusal }: { refusal: ActRefusal | null }) {
  if (!refusal) return null
  return (
    <View className={`adm-notice admin-wo__refusal is-${refusal.code.toLowerCase()}`} role='alert'>
      {refusalText(refusal)}
    </View>
  )
}
