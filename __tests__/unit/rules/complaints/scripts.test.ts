import { SCRIPT_VARIABLE_NAMES } from '../../../../cloudfunctions/core/contract/complaint'
import { renderScript, scriptVariables, templateProblem } from '../../../../cloudfunctions/core/rules/complaints/scripts'

const APOLOGY =
  '{{客户称呼}}您好，我是客服{{客服姓名}}。关于您{{服务时间}}的服务（工单号 {{工单号}}），{{阿姨称呼}}的问题我们非常抱歉，' +
  '公司为您准备了{{补偿内容}}。'

describe('renderScript', () => {
  it('fills every variable', () => {
    const result = renderScript(APOLOGY, {
      客户称呼: '王女士',
      客服姓名: '小陈',
      服务时间: '11月22日上午',
      工单号: 'TS20261122000123',
      阿姨称呼: '李阿姨',
      补偿内容: '¥50.00 优惠券'
    })
    expect(result).toEqual({
      text:
        '王女士您好，我是客服小陈。关于您11月22日上午的服务（工单号 TS20261122000123），李阿姨的问题我们非常抱歉，' +
        '公司为您准备了¥50.00 优惠券。',
      missing: [],
      unknown: []
    })
  })

  it('leaves a variable without a value visible and lists it once', () => {
    const result = renderScript('{{客户称呼}}您好，{{补偿内容}}已发放。再次提醒：{{补偿内容}}', { 客户称呼: '王女士', 补偿内容: '  ' })
    expect(result.text).toBe('王女士您好，{{补偿内容}}已发放。再次提醒：{{补偿内容}}')
    expect(result.missing).toEqual(['补偿内容'])
  })

  it('counts null and undefined as missing and renders numbers', () => {
    const result = renderScript('{{工单号}} {{客服姓名}} {{处理时限}}', { 工单号: 123, 客服姓名: null, 处理时限: undefined })
    expect(result).toEqual({ text: '123 {{客服姓名}} {{处理时限}}', missing: ['客服姓名', '处理时限'], unknown: [] })
  })

  it('reports a variable the company does not know, such as a typo', () => {
    const result = renderScript('{{客户名称}}您好', { 客户称呼: '王女士' })
    expect(result).toEqual({ text: '{{客户名称}}您好', missing: ['客户名称'], unknown: ['客户名称'] })
    expect(renderScript('{{客户名称}}您好', { 客户名称: '王女士' })).toEqual({ text: '王女士您好', missing: [], unknown: ['客户名称'] })
  })

  it('accepts spaces inside the braces and never reads inherited properties', () => {
    expect(renderScript('{{ 工单号 }}', { 工单号: 'TS1' }).text).toBe('TS1')
    expect(renderScript('{{toString}}', {})).toEqual({ text: '{{toString}}', missing: ['toString'], unknown: ['toString'] })
  })

  it('leaves text without variables alone', () => {
    expect(renderScript('非常抱歉给您带来不便。', {})).toEqual({ text: '非常抱歉给您带来不便。', missing: [], unknown: [] })
  })
})

describe('scriptVariables', () => {
  it('lists each variable once in order of first use', () => {
    expect(scriptVariables(APOLOGY)).toEqual(['客户称呼', '客服姓名', '服务时间', '工单号', '阿姨称呼', '补偿内容'])
    expect(scriptVariables(APOLOGY).every((name) => (SCRIPT_VARIABLE_NAMES as string[]).includes(name))).toBe(true)
  })
})

describe('templateProblem', () => {
  it('accepts known variables and plain text', () => {
    expect(templateProblem(APOLOGY)).toBeNull()
    expect(templateProblem('非常抱歉给您带来不便。')).toBeNull()
  })

  it('names unknown variables and lists the known ones', () => {
    const problem = templateProblem('{{客户名称}}您好，{{客户称呼}}')
    expect(problem).toMatch(/^话术中有不认识的变量 \{\{客户名称\}\}，可用的变量有：\{\{客户称呼\}\}、/)
    expect(templateProblem('{{}}您好')).toMatch(/不认识的变量/)
  })

  it('refuses braces that do not make a variable', () => {
    expect(templateProblem('{{客户称呼您好')).toBe('话术中的变量格式不正确，应写成 {{客户称呼}} 这样')
    expect(templateProblem('客户称呼}}您好')).toBe('话术中的变量格式不正确，应写成 {{客户称呼}} 这样')
  })
})
