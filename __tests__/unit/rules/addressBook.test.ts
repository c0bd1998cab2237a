import {
  MAX_ADDRESSES, addAddress, removeAddress, setDefaultAddress, updateAddress, withOneDefault
} from '../../../cloudfunctions/core/rules/addressBook'
import { thrownBy } from '../helpers/thrownBy'

interface A { id: string; isDefault: boolean; detail: string }
const a = (id: string, isDefault = false): A => ({ id, isDefault, detail: `地址${id}` })
const defaults = (list: A[]) => list.filter((x) => x.isDefault).map((x) => x.id)

describe('withOneDefault', () => {
  it('keeps exactly one default: the preferred, else the marked, else the first', () => {
    expect(defaults(withOneDefault([a('1'), a('2')]))).toEqual(['1'])
    expect(defaults(withOneDefault([a('1', true), a('2', true)]))).toEqual(['1'])
    expect(defaults(withOneDefault([a('1', true), a('2')], '2'))).toEqual(['2'])
    expect(defaults(withOneDefault([a('1', true)], 'gone'))).toEqual(['1'])
    expect(withOneDefault([])).toEqual([])
  })
})

describe('addAddress', () => {
  it('makes the first address the default even when not asked', () => {
    expect(addAddress([], a('1'))).toEqual([{ ...a('1'), isDefault: true }])
  })

  it('moves the default to a new address marked default, and leaves it otherwise', () => {
    const one = addAddress([], a('1'))
    expect(defaults(addAddress(one, a('2')))).toEqual(['1'])
    expect(defaults(addAddress(one, a('2', true)))).toEqual(['2'])
  })

  it(`refuses the ${MAX_ADDRESSES + 1}th address`, () => {
    let list: A[] = []
    for (let i = 0; i < MAX_ADDRESSES; i++) list = addAddress(list, a(String(i)))
    const error = thrownBy(() => addAddress(list, a('x')))
    expect(error.code).toBe('INVALID_ARGUMENT')
    expect(error.message).toBe('最多保存10个地址，请先删除不用的地址')
  })

  it('refuses a duplicate id', () => {
    expect(thrownBy(() => addAddress([a('1', true)], a('1'))).code).toBe('INVALID_ARGUMENT')
  })
})

describe('updateAddress', () => {
  const list = [a('1', true), a('2')]

  it('changes only the given fields', () => {
    expect(updateAddress(list, '2', { detail: '新地址' })).toEqual([a('1', true), { ...a('2'), detail: '新地址' }])
  })

  it('makes an address the default, but cannot leave the list without one', () => {
    expect(defaults(updateAddress(list, '2', { isDefault: true }))).toEqual(['2'])
    expect(defaults(updateAddress(list, '1', { isDefault: false }))).toEqual(['1'])
  })

  it('is NOT_FOUND for an unknown id', () => {
    const error = thrownBy(() => updateAddress(list, 'x', { detail: '?' }))
    expect([error.code, error.message]).toEqual(['NOT_FOUND', '地址不存在，请刷新后重试'])
  })
})

describe('removeAddress / setDefaultAddress', () => {
  it('hands the default to the first address left when the default goes', () => {
    expect(removeAddress([a('1'), a('2', true), a('3')], '2')).toEqual([{ ...a('1'), isDefault: true }, a('3')])
    expect(removeAddress([a('1', true)], '1')).toEqual([])
  })

  it('sets the default, and is NOT_FOUND for an unknown id', () => {
    expect(defaults(setDefaultAddress([a('1', true), a('2')], '2'))).toEqual(['2'])
    expect(thrownBy(() => setDefaultAddress([a('1', true)], 'x')).code).toBe('NOT_FOUND')
    expect(thrownBy(() => removeAddress([a('1', true)], 'x')).code).toBe('NOT_FOUND')
  })
})
