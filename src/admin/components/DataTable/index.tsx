// A table for the desk, drawn with Views and CSS grid: one track per column, rows clickable.
import type { ReactNode } from 'react'
import { View } from '@tarojs/components'

import './index.scss'

export interface Column<T> {
  key: string
  title: string
  /** a CSS grid track: '140px', '1fr', 'minmax(120px, 1fr)' */
  width: string
  render: (row: T) => ReactNode
}

interface DataTableProps<T> {
  columns: readonly Column<T>[]
  rows: readonly T[]
  rowKey: (row: T) => string
  onRowClick?: (row: T) => void
  selectedKey?: string
  empty?: string
  loading?: boolean
  /** extra classes for a row (e.g. a highlight), besides the table's own */
  rowClassName?: (row: T) => string | undefined
}

export default function DataTable<T>({ columns, rows, rowKey, onRowClick, selectedKey, empty = '暂无数据', loading, rowClassName }: DataTableProps<T>) {
  const grid = { gridTemplateColumns: columns.map((c) => c.width).join(' ') }
  return (
    <View className='adm-table'>
      <View className='adm-table__row adm-table__head' style={grid}>
        {columns.map((c) => <View key={c.key} className='adm-table__cell'>{c.title}</View>)}
      </View>
      {rows.map((row) => {
        const key = rowKey(row)
        const extra = rowClassName?.(row)
        return (
          <View
            key={key}
            className={`adm-table__row${onRowClick ? ' is-clickable' : ''}${key === selectedKey ? ' is-selected' : ''}${extra ? ` ${extra}` : ''}`}
            style={grid}
            onClick={() => onRowClick?.(row)}
          >
            {columns.map((c) => <View key={c.key} className='adm-table__cell'>{c.render(row)}</View>)}
          </View>
        )
      })}
      {rows.length === 0 && <View className='adm-table__empty'>{loading ? '加载中…' : empty}</View>}
    </View>
  )
}
