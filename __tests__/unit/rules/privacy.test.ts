import {
  addressForCleaner,
  canSeeFullAddress,
  fullAddress,
  maskAddress,
  maskName,
  maskPhone
} from '../../../cloudfunctions/core/rules/privacy'

const at = (iso: string) => new Date(iso)

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['138 1234 5678', '138****5678'],
    ['138-1234-5678', '138****5678'],
    ['+8613812345678', '+86138****5678'],
    ['02112345678', '021****5678'],
    ['1234567', '****4567'],
    ['1234', '****'],
    ['', '']
  ])('%s -> %s', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked)
  })

  it('masks nothing into something', () => {
    expect(maskPhone(null)).toBe('')
    expect(maskPhone(undefined)).toBe('')
  })
})

describe('maskName', () => {
  it.each([
    ['张三', '张*'],
    ['欧阳娜娜', '欧***'],
    [' 李四 ', '李*'],
    ['王', '*'],
    ['𠮷野家', '𠮷**'],
    ['', '']
  ])('%s -> %s', (name, masked) => {
    expect(maskName(name)).toBe(masked)
  })

  it('handles a missing name', () => {
    expect(maskName(null)).toBe('')
  })
})

describe('addresses', () => {
  const address = { province: '上海市', city: '上海市', district: '浦东新区', detail: '世纪大道100号 8楼801' }

  it('masks to city and district only', () => {
    expect(maskAddress(address)).toBe('上海市浦东新区')
    expect(maskAddress(address)).not.toContain('世纪大道')
  })

  it('writes the full address without repeating a municipality', () => {
    expect(fullAddress(address)).toBe('上海市浦东新区世纪大道100号 8楼801')
    expect(fullAddress({ province: '浙江省', city: '杭州市', district: '西湖区', detail: '文三路1号' })).toBe(
      '浙江省杭州市西湖区文三路1号'
    )
    expect(fullAddress({ city: '杭州市', district: '西湖区', detail: '文三路1号' })).toBe('杭州市西湖区文三路1号')
  })
})

describe('canSeeFullAddress', () => {
  // 08:00-11:00 on 11-23 Shanghai.
  const job = { start: at('2026-11-23T00:00:00Z'), end: at('2026-11-23T03:00:00Z') }

  it('is false until Shanghai midnight starts the job day', () => {
    expect(canSeeFullAddress(job, at('2026-11-22T15:59:59.999Z'))).toBe(false)
    expect(canSeeFullAddress(job, at('2026-11-22T16:00:00Z'))).toBe(true)
  })

  it('is true all through the job day, even after the job, and false the next day', () => {
    expect(canSeeFullAddress(job, at('2026-11-23T12:00:00Z'))).toBe(true)
    expect(canSeeFullAddress(job, at('2026-11-23T15:59:59.999Z'))).toBe(true)
    expect(canSeeFullAddress(job, at('2026-11-23T16:00:00Z'))).toBe(false)
  })

  it('covers every day of a multi-day job', () => {
    const live = { start: at('2026-11-23T00:00:00Z'), end: at('2026-11-26T00:00:00Z') }
    expect(canSeeFullAddress(live, at('2026-11-24T20:00:00Z'))).toBe(true) // 04:00 on 11-25
    expect(canSeeFullAddress(live, at('2026-11-26T16:00:00Z'))).toBe(false) // 11-27
  })

  it('gives the cleaner the address she may see', () => {
    const address = { city: '上海市', district: '徐汇区', detail: '漕溪北路1号' }
    expect(addressForCleaner(job, address, at('2026-11-22T10:00:00Z'))).toBe('上海市徐汇区')
    expect(addressForCleaner(job, address, at('2026-11-22T23:00:00Z'))).toBe('上海市徐汇区漕溪北路1号')
  })
})
