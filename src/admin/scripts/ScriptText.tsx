// A script's text with its {{variables}} marked, so the parts filled from the work order stand out.
import { Text } from '@tarojs/components'

const SPLIT = /(\{\{\s*[^{}]*?\s*\}\})/
const IS_VARIABLE = /^\{\{\s*[^{}]*?\s*\}\}$/

export default function ScriptText({ text, known }: { text: string; known?: readonly string[] }) {
  return (
    <Text className='admin-scripts__text'>
      {text.split(SPLIT).map((part, i) => {
        if (!IS_VARIABLE.test(part)) return part
        const name = part.slice(2, -2).trim()
        const bad = known && !known.includes(name)
        return <Text key={i} className={`admin-scripts__var${bad ? ' is-unknown' : ''}`}>{part}</Text>
      })}
    </Text>
  )
}
