// A household's saved addresses: at most 10, and exactly one of them is the default whenever there is any.
// Pure list operations; the handler encrypts the phone before and saves the whole list after.
import { invalid, notFound } from '../contract/errors'

export const MAX_ADDRESSES = 10

export interface SavedAddress {
  id: string
  isDefault: boolean
}

/** Exactly one default: the one marked first, else the first address. */
export function withOneDefault<A extends SavedAddress>(list: readonly A[], preferredId?: string): A[] {
  if (list.length === 0) return []
  const defaultId =
    (preferredId && list.some((a) => a.id === preferredId) ? preferredId : undefined) ??
    list.find((a) => a.isDefault)?.id ??
    list[0].id
  return list.map((a) => ({ ...a, isDefault: a.id === defaultId }))
}

function indexOf(list: readonly SavedAddress[], id: string): number {
  const i = list.findIndex((a) => a.id === id)
  if (i < 0) throw notFound('地址不存在，请刷新后重试')
  return i
}

/** Adds an address; the first one, or one marked default, becomes the default. */
export function addAddress<A extends SavedAddress>(list: readonly A[], entry: A): A[] {
  if (list.length >= MAX_ADDRESSES) throw invalid(`最多保存${MAX_ADDRESSES}个地址，请先删除不用的地址`)
  if (list.some((a) => a.id === entry.id)) throw invalid('地址编号重复，请重试')
  return withOneDefault([...list, entry], entry.isDefault ? entry.id : undefined)
}

/**
 * Changes the fields given. isDefault true makes it the default; false on the current default is ignored (there
 * must always be one: choose another address as the default instead).
 */
export function updateAddress<A extends SavedAddress>(list: readonly A[], id: string, patch: Partial<Omit<A, 'id'>>): A[] {
  const i = indexOf(list, id)
  const { isDefault, ...fields } = patch
  const next = list.map((a, j) => (j === i ? { ...a, ...fields } : a))
  return withOneDefault(next, isDefault ? id : undefined)
}

/** Removes an address; when it was the default, the first remaining one takes over. */
export function removeAddress<A extends SavedAddress>(list: readonly A[], id: string): A[] {
  const i = indexOf(list, id)
  return withOneDefault(list.filter((_, j) => j !== i))
}

export function setDefaultAddress<A extends SavedAddress>(list: readonly A[], id: string): A[] {
  indexOf(list, id)
  return withOneDefault(list, id)
}
