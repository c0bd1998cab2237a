import { SCRIPT_VARIABLE_NAMES } from '../../../../cloudfunctions/core/contract/complaint'
import {
  cleanerSalutation,
  customerSalutation,
  deadlineLabel,
  scriptValues
} from '../../../../cloudfunctions/core/rules/complaints/scriptValues'
import { renderScript } from '../../../../cloudfunctions/core/rules/complaints/scripts'
import { sh } from './shanghaiClock'

describe('salutations', () => {
  it('prefers a name that carries a title, else the name as it is', () => {
    expect(customerSalutation('王芳', '王女士')).toBe('王女士')
    expect(customerSalutation('李先生', '李太太')).toBe('李先生')
    expect(customerSalutation('王芳', null)).toBe('王芳')
    expect(customerSalutation('  ', '')).toBeNull()
  })

  it('addresses a cleaner by her family name', () => {
    expect(cleanerSalutation('王秀兰')).toBe('王阿姨')
    expect(cleanerSalutation('')).toBeNull()
    expect(cleanerSalutation(undefined)).toBeNull()
  })
})

describe('deadlineLabel', () => {
  const now = sh('2026-11-23 21:30')
  it('says today, tomorrow or the date, on the Shanghai clock', () => {
    expect(deadlineLabel(sh('2026-11-23 23:00'), now)).toBe('今天 23:00 前')
    expect(deadlineLabel(sh('2026-11-24 10:00'), now)).toBe('明天 10:00 前')
    expect(deadlineLabel(sh('2026-11-25 08:30'), now)).toBe('11月25日 08:30 前')
  })
})

describe('scriptValues', () => {
  it('gives a value for every variable the company knows', () => {
    const values = scriptValues({
      customerName: '张三',
      contactName: '张女士',
      order: { date: '2026-11-23', window: 'morning', serviceName: '日常保洁' },
      cleanerName: '李桂芳',
      staffName: '小周',
      ticketNo: 'TS20261123000001',
      grantedCompensation: ['¥50.00 优惠券', '免费返工/复检（价值 ¥135.00）'],
      due: sh('2026-11-24 18:00'),
      companyName: '安心家政',
      now: sh('2026-11-23 15:00')
    })
    expect(Object.keys(values).sort()).toEqual([...SCRIPT_VARIABLE_NAMES].sort())
    expect(values).toEqual({
      客户称呼: '张女士',
      服务时间: '11月23日 周一 上午 08:00-12:00',
      服务项目: '日常保洁',
      补偿内容: '¥50.00 优惠券、免费返工/复检（价值 ¥135.00）',
      工单号: 'TS20261123000001',
      阿姨称呼: '李阿姨',
      客服姓名: '小周',
      处理时限: '明天 18:00 前',
      公司名称: '安心家政'
    })
  })

  it('leaves what the work order does not know missing, so the agent fills it in', () => {
    const values = scriptValues({ ticketNo: 'TS1', now: sh('2026-11-23 15:00') })
    const rendered = renderScript('{{客户称呼}}您好，{{补偿内容}}，{{工单号}}', values)
    expect(rendered).toEqual({ text: '{{客户称呼}}您好，{{补偿内容}}，TS1', missing: ['客户称呼', '补偿内容'], unknown: [] })
  })
})
