import { findMention, normaliseText } from '../../../../cloudfunctions/core/rules/complaints/textMatch'

describe('normaliseText', () => {
  it('folds full-width characters, case and whitespace', () => {
    expect(normaliseText(' 投诉到 １２３１５ ＡＢ ')).toBe('投诉到12315ab')
  })
})

describe('findMention', () => {
  it('matches a word, skipping excluded phrases and negated mentions', () => {
    expect(findMention('阿姨偷懒', ['偷'], { exclude: ['偷懒'] })).toBeNull()
    expect(findMention('偷懒还偷东西', ['偷'], { exclude: ['偷懒'] })).toBe('偷')
    expect(findMention('没有受伤，但后来受伤了', ['受伤'])).toBe('受伤')
    expect(findMention('并未丢失', ['丢失'])).toBeNull()
    expect(findMention('Ａ Ｂ', ['ab'])).toBe('ab')
  })

  it('reads 没被, 不是被 and 并未 as negations, but not a negation further back', () => {
    expect(findMention('东西没被偷', ['偷'])).toBeNull()
    expect(findMention('不是被偷的', ['偷'])).toBeNull()
    expect(findMention('不小心打碎了', ['打碎'])).toBe('打碎')
    expect(findMention('', ['打碎'])).toBeNull()
  })
})
