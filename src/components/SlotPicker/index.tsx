// Choosing when: the next 14 days as horizontal chips, then that day's windows with what is left (剩余3) or why a
// window cannot be booked (greyed out). Data comes from booking.slots; this only shows it and reports the choice.
import { View, Text, ScrollView } from '@tarojs/components'
import type { TimeWindowId } from '@core/contract/order'
import type { SlotsView } from '../../api/booking'
import './index.scss'

export interface SlotChoice { date: string; window: TimeWindowId | null }

interface SlotPickerProps {
  days: SlotsView['days']
  value: SlotChoice
  onChange: (choice: SlotChoice) => void
}

/** '今天 11月23日' -> ['今天', '11月23日']; '上午 08:00-12:00' -> ['上午', '08:00-12:00'] */
const twoLines = (label: string): [string, string] => {
  const i = label.indexOf(' ')
  return i < 0 ? [label, ''] : [label.slice(0, i), label.slice(i + 1)]
}

export default function SlotPicker({ days, value, onChange }: SlotPickerProps) {
  const day = days.find((d) => d.date === value.date) ?? days[0]
  return (
    <View className='jz-slots'>
      <ScrollView className='jz-slots__days' scrollX enhanced showScrollbar={false}>
        {days.map((d) => {
          const open = d.windows.some((w) => w.bookable)
          const active = d.date === day?.date
          const [weekday, monthDay] = twoLines(d.label)
          return (
            <View
              key={d.date}
              className={`jz-slots__day${active ? ' jz-slots__day--active' : ''}${open ? '' : ' jz-slots__day--full'}`}
              onClick={() => onChange({ date: d.date, window: null })}
            >
              <Text className='jz-slots__day-label'>{weekday}</Text>
              <Text className='jz-slots__day-date'>{monthDay}</Text>
              {open ? null : <Text className='jz-slots__day-full'>不可约</Text>}
            </View>
          )
        })}
      </ScrollView>
      <View className='jz-slots__windows'>
        {(day?.windows ?? []).map((w) => {
          const selected = w.window === value.window && day?.date === value.date
          const [name, hours] = twoLines(w.label)
          return (
            <View
              key={w.window}
              className={`jz-slots__window${selected ? ' jz-slots__window--active' : ''}${w.bookable ? '' : ' jz-slots__window--disabled'}`}
              aria-disabled={!w.bookable}
              aria-selected={selected}
              onClick={() => w.bookable && day && onChange({ date: day.date, window: w.window })}
            >
              <Text className='jz-slots__window-label'>{name}</Text>
              <Text className='jz-slots__window-hours'>{hours}</Text>
              <Text className='jz-slots__window-state'>{w.bookable ? `剩余${w.remaining}` : w.reason ?? '不可预约'}</Text>
            </View>
          )
        })}
      </View>
    </View>
  )
}
