// Rows changed from the desk (a dispatch, an edit, a new cleaner) shown in place over the list as it was loaded, so
// the table does not reload and jump. Forgotten when `resetKey` changes (new filters or search).
import { useEffect, useState } from 'react'

export function useRowEdits<T extends { id: string }>(loaded: readonly T[], resetKey: string) {
  const [edited, setEdited] = useState<Record<string, T>>({})
  const [added, setAdded] = useState<T[]>([])

  useEffect(() => {
    setEdited({})
    setAdded([])
  }, [resetKey])

  const known = new Set(loaded.map((r) => r.id))
  const rows = [...added.filter((r) => !known.has(r.id)), ...loaded].map((r) => edited[r.id] ?? r)

  /** show `row` in place of the row with its id, or on top when the list does not have it yet */
  const put = (row: T) => {
    setEdited((prev) => ({ ...prev, [row.id]: row }))
    if (!known.has(row.id)) setAdded((prev) => (prev.some((r) => r.id === row.id) ? prev : [row, ...prev]))
  }

  return { rows, put }
}
