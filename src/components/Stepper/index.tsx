// A whole-number stepper (− 3 +) kept within [min, max]; the unit label follows the number (3 小时).
import { View, Text } from '@tarojs/components'
import './index.scss'

interface StepperProps {
  value: number
  min: number
  max: number
  unit?: string
  onChange: (value: number) => void
}

export default function Stepper({ value, min, max, unit, onChange }: StepperProps) {
  const canDown = value > min
  const canUp = value < max
  return (
    <View className='jz-stepper'>
      <View
        className={`jz-stepper__btn${canDown ? '' : ' jz-stepper__btn--disabled'}`}
        aria-label='减少'
        aria-disabled={!canDown}
        onClick={() => canDown && onChange(value - 1)}
      >
        −
      </View>
      <Text className='jz-stepper__value'>{value}</Text>
      <View
        className={`jz-stepper__btn${canUp ? '' : ' jz-stepper__btn--disabled'}`}
        aria-label='增加'
        aria-disabled={!canUp}
        onClick={() => canUp && onChange(value + 1)}
      >
        +
      </View>
      {unit ? <Text className='jz-stepper__unit'>{unit}</Text> : null}
    </View>
  )
}
