import {
  AppError,
  ERROR_CODES,
  conflict,
  denied,
  internal,
  invalid,
  isAppError,
  notFound,
  precondition,
  rateLimited,
  toErrorBody,
  unauthenticated
} from '../../../cloudfunctions/core/contract/errors'

describe('AppError', () => {
  it('is an Error carrying a code, a Chinese message and details', () => {
    const error = new AppError('NOT_FOUND', '订单不存在', { orderId: 'o1' })
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('AppError')
    expect(error.code).toBe('NOT_FOUND')
    expect(error.message).toBe('订单不存在')
    expect(error.details).toEqual({ orderId: 'o1' })
  })

  it('serialises to the contract body, leaving out absent details', () => {
    expect(invalid('手机号格式不正确').toBody()).toEqual({ code: 'INVALID_ARGUMENT', message: '手机号格式不正确' })
    expect(conflict('时段已约满', { slot: 'k' }).toBody()).toEqual({
      code: 'CONFLICT',
      message: '时段已约满',
      details: { slot: 'k' }
    })
  })

  it('has one constructor per code, with defaults where a generic message fits', () => {
    expect(ERROR_CODES).toHaveLength(8)
    const made = [
      invalid('x'),
      unauthenticated(),
      denied(),
      notFound('x'),
      conflict('x'),
      precondition('x'),
      rateLimited(),
      internal()
    ]
    expect(made.map((e) => e.code)).toEqual([...ERROR_CODES])
    expect(unauthenticated().message).toBe('请先登录')
    expect(denied().message).toBe('没有权限进行此操作')
    expect(rateLimited().message).toBe('操作太频繁，请稍后再试')
    expect(internal().message).toBe('系统繁忙，请稍后再试')
  })
})

describe('toErrorBody', () => {
  it('passes an AppError through', () => {
    expect(toErrorBody(precondition('订单已完成'))).toEqual({ code: 'FAILED_PRECONDITION', message: '订单已完成' })
  })

  it('never leaks the message of an unexpected error', () => {
    expect(toErrorBody(new TypeError('cannot read properties of undefined'))).toEqual({
      code: 'INTERNAL',
      message: '系统繁忙，请稍后再试'
    })
    expect(toErrorBody('boom')).toEqual({ code: 'INTERNAL', message: '系统繁忙，请稍后再试' })
  })

  it('isAppError tells the two apart', () => {
    expect(isAppError(notFound('订单不存在'))).toBe(true)
    expect(isAppError(new Error('x'))).toBe(false)
    expect(isAppError(null)).toBe(false)
  })
})
