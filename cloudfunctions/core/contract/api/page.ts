// A page of a list: {list, nextCursor}; nextCursor is null on the last page. Pass it back as `cursor` for the next.
export interface Page<T> {
  list: T[]
  nextCursor: string | null
}
