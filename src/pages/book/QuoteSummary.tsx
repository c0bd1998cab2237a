// The bottom bar's price: 合计 ¥135.00 (with the discount when there is one), as the server quoted it.
import { View, Text } from '@tarojs/components'
import Price, { formatFen } from '../../components/Price'
import type { QuoteState } from './useQuote'

export default function QuoteSummary({ state }: { state: QuoteState }) {
  if (state.error) {
    return (
      <View className='quote-summary' onClick={state.retry}>
        <Text className='quote-summary__error'>{state.error.message}</Text>
        <Text className='quote-summary__retry'>点击重新报价</Text>
      </View>
    )
  }
  if (!state.quote) return <Text className='quote-summary__pending'>正在计算价格…</Text>
  const { base, discount, payable } = state.quote.priceFen
  return (
    <View className='quote-summary'>
      <View className='quote-summary__row'>
        <Text className='quote-summary__label'>合计</Text>
        <Price fen={payable} size='large' />
      </View>
      {discount > 0 ? (
        <View className='quote-summary__row'>
          <Price fen={base} size='small' original />
          <Text className='quote-summary__discount'>已优惠 {formatFen(discount)}</Text>
        </View>
      ) : null}
    </View>
  )
}
