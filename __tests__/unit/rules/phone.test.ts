import { isMobilePhone, normalizePhone } from '../../../cloudfunctions/core/rules/phone'

describe('mobile numbers', () => {
  it('keeps the 11 digits of what people type', () => {
    expect(normalizePhone('138 1234 5678')).toBe('13812345678')
    expect(normalizePhone('+86 138-1234-5678')).toBe('13812345678')
    expect(normalizePhone('8613812345678')).toBe('13812345678')
  })
  it('accepts mainland mobiles only', () => {
    expect(isMobilePhone('13812345678')).toBe(true)
    expect(isMobilePhone('+8619912345678')).toBe(true)
    expect(isMobilePhone('12812345678')).toBe(false)
    expect(isMobilePhone('1381234567')).toBe(false)
    expect(isMobilePhone('021-12345678')).toBe(false)
    expect(isMobilePhone(13812345678)).toBe(false)
  })
})
