// The service-recovery training material a 家政 company starts with: scenarios (场景库) for the staff drills, each with
// the customer's own words, model answers and the key points the drill scorer looks for, and script templates (话术模板)
// per scenario and work-order step. seedDemo writes it on first start; tests call seedRecovery(db) themselves.
// Ids are fixed, so a second run adds only what is missing and never touches what staff have edited since.
import { COLL } from '../../cloudfunctions/core/data/collections'
import { isDuplicate } from '../../cloudfunctions/core/data/db'
import type { ComplaintCategory, ComplaintStep } from '../../cloudfunctions/core/contract/complaint'
import type { ServiceCategoryId } from '../../cloudfunctions/core/contract/catalog'
import type { ScriptScenario } from '../../cloudfunctions/core/contract/recovery'
import type { DrillKeyPoint } from '../../cloudfunctions/core/rules/complaints/drills'
import { DEFAULT_DRILL_PASS_SCORE } from '../../cloudfunctions/core/rules/complaints/drills'
import { scriptVariables } from '../../cloudfunctions/core/rules/complaints/scripts'
import { SCENARIO_KIND, type ScenarioDoc, type ScriptDoc } from '../../cloudfunctions/core/recovery/docs'

export interface SeedScenario {
  id: string
  category: ComplaintCategory
  serviceCategory?: ServiceCategoryId
  title: string
  background: string
  customerWords: string
  recommendedScripts: string[]
  keyPoints: DrillKeyPoint[]
  difficulty: 1 | 2 | 3
  timeLimitSec?: number
}

export interface SeedScript {
  id: string
  scenario: ScriptScenario
  step: ComplaintStep
  title: string
  text: string
}

// Key points that most good answers share; each scenario adds its own remedy.
const point = (id: string, label: string, keywords: string[], weight?: number): DrillKeyPoint =>
  weight ? { id, label, keywords, weight } : { id, label, keywords }
const APOLOGISE = point('apologise', '先真诚道歉', ['抱歉', '道歉', '对不起', '不好意思', '歉意', '致歉'])
const EMPATHISE = point('empathise', '体谅客户的感受', ['理解您', '能理解', '换作是我', '着急', '心情', '让您失望', '给您添麻烦', '带来不便', '受委屈', '辛苦您'])
const VERIFY = point('verify', '核实情况，不当场下结论', ['核实', '了解一下', '调查', '查清', '确认一下', '调取', '询问阿姨', '问一下阿姨', '查一下'])
const DEADLINE = point('deadline', '承诺明确的处理时限', ['小时内', '分钟内', '今天之内', '今天内', '今天下班前', '明天上午', '明天之前', '第一时间', '马上', '立即'])
const PREVENT = point('prevent', '说明整改、防止再犯', ['培训', '整改', '考核', '今后', '以后', '杜绝', '再次发生', '加强管理', '处罚', '复训'])
const FOLLOW_UP = point('follow_up', '安排专人跟进回访', ['回访', '跟进', '回电', '再联系您', '给您回复', '专人', '随时联系'])
const SAFETY_FIRST = point('safety_first', '先确认人身安全', ['安全吗', '有没有受伤', '身体', '就医', '医院', '安全第一', '先确认'], 2)

export const RECOVERY_SCENARIOS: SeedScenario[] = [
  // 迟到 / 爽约
  {
    id: 'scn-lateness-no-notice',
    category: 'lateness',
    serviceCategory: 'daily_cleaning',
    title: '阿姨迟到40分钟且未提前通知',
    background: '约的上午9点日常保洁，阿姨9点40才到，路上没有给客户打电话。客户请了半天假在家等。',
    customerWords: '说好九点，九点四十才来，一个电话都没有！我特意请了假在家等，你们就是这么做服务的？',
    recommendedScripts: [
      '非常抱歉让您久等了，还耽误了您请假的时间，这是我们的失误。',
      '我马上核实阿姨迟到的原因，今天的服务时长照常做满，并为您申请一张优惠券作为补偿，今后阿姨会提前30分钟确认路况并主动联系您。'
    ],
    keyPoints: [APOLOGISE, EMPATHISE, point('remedy', '给出补偿（做满时长/优惠券）', ['补偿', '优惠券', '做满', '延长', '减免', '补足']), PREVENT],
    difficulty: 1
  },
  {
    id: 'scn-lateness-wrong-window',
    category: 'lateness',
    serviceCategory: 'deep_cleaning',
    title: '约上午的深度保洁，下午才上门',
    background: '系统派单时上一单超时，阿姨到客户家已是下午1点半，客户下午要出门。',
    customerWords: '我约的是上午！现在都下午一点半了，我两点就得出门，这活儿还怎么干？你们排单能不能靠谱点？',
    recommendedScripts: [
      '真的非常抱歉，是我们排单没有预留好时间，打乱了您的安排。',
      '您看是今天先做您最在意的厨房和卫生间，剩下的我们免费改约到您方便的时间补做；或者整单改约，改约后这单给您减免一部分费用。'
    ],
    keyPoints: [APOLOGISE, point('options', '给客户选择（改约/分次补做）', ['改约', '改时间', '另约', '补做', '您方便的时间', '重新安排']), point('remedy', '费用上的补偿', ['减免', '优惠券', '补偿', '折扣', '不收']), FOLLOW_UP],
    difficulty: 2
  },
  {
    id: 'scn-lateness-no-show',
    category: 'lateness',
    serviceCategory: 'daily_cleaning',
    title: '阿姨爽约没来，客户白等一上午',
    background: '阿姨临时生病没到岗，调度没有及时改派也没有通知客户。',
    customerWords: '等了一上午人都没来，打客服电话也没人接。下午家里要来客人，你们说怎么办吧！',
    recommendedScripts: [
      '非常抱歉，阿姨临时身体不适，我们没有及时通知您，这是我们的责任。',
      '我现在马上为您加急安排另一位阿姨，一小时内给您回电确认到达时间，本次服务免费，并送您一张优惠券。'
    ],
    keyPoints: [APOLOGISE, point('rearrange', '立刻改派替班阿姨', ['改派', '安排另一位', '换一位', '加急', '替班', '重新派']), DEADLINE, point('remedy', '免单或补偿', ['免费', '免单', '补偿', '优惠券', '不收费'])],
    difficulty: 2
  },
  // 漏扫 / 不干净
  {
    id: 'scn-missed-kitchen-bathroom',
    category: 'missed_spots',
    serviceCategory: 'daily_cleaning',
    title: '厨房油污没擦、卫生间地漏有头发',
    background: '3小时日常保洁，客户验收时发现油烟机外壳仍有油污，卫生间地漏头发没清。',
    customerWords: '你们阿姨走了我一看，油烟机还是油乎乎的，地漏里全是头发，这三个小时到底干了什么？',
    recommendedScripts: [
      '给您添麻烦了，非常抱歉。麻烦您拍几张照片发给我，我核实后为您安排阿姨免费返工，把厨房和卫生间重新做到位。'
    ],
    keyPoints: [APOLOGISE, point('evidence', '请客户拍照留证', ['照片', '拍照', '拍一下', '图片', '视频']), point('redo', '免费返工', ['返工', '重新打扫', '补做', '重做', '上门处理']), PREVENT],
    difficulty: 1
  },
  {
    id: 'scn-missed-move-in-glue',
    category: 'missed_spots',
    serviceCategory: 'move_in_cleaning',
    title: '开荒保洁后玻璃有胶痕、窗槽全是灰',
    background: '新房开荒，客户第二天验收发现玻璃胶痕和窗槽水泥灰没处理，准备周末搬家。',
    customerWords: '花了将近九百块做开荒，玻璃上胶印还在，窗槽里一层水泥灰。我周末就要搬进去了！',
    recommendedScripts: [
      '非常抱歉，开荒没有做到位，还赶上您搬家前，这太耽误事了。',
      '我们明天上午安排开荒组长带队免费返工，返工完您逐项验收，验收不过关我们不走。'
    ],
    keyPoints: [APOLOGISE, point('redo', '免费返工并由组长/质检带队', ['返工', '补做', '组长', '质检', '重新处理']), point('deadline', '赶在搬家前完成', ['明天', '周末前', '搬家前', '小时内', '今天']), point('acceptance', '逐项验收', ['验收', '逐项', '您满意', '检查'])],
    difficulty: 2
  },
  {
    id: 'scn-missed-short-hours',
    category: 'missed_spots',
    serviceCategory: 'deep_cleaning',
    title: '深度保洁提前两小时离开',
    background: '全屋深度保洁约6小时，两位阿姨4小时后离开，客户怀疑偷工减料。',
    customerWords: '说好六个小时两个人，四个小时就走了，柜子里面根本没擦。这不是偷工减料是什么？',
    recommendedScripts: [
      '非常抱歉，服务时长没有做足是我们的问题。我马上调取签到签退记录核实，差的时长我们免费补做，核实属实按规定退还差价。'
    ],
    keyPoints: [APOLOGISE, point('records', '调取签到签退记录核实', ['签到', '签退', '打卡', '记录', '核实']), point('remedy', '补足时长或退差价', ['补做', '补足', '退还', '差价', '退款', '返工']), PREVENT],
    difficulty: 2
  },
  // 服务态度
  {
    id: 'scn-attitude-talks-back',
    category: 'attitude',
    serviceCategory: 'daily_cleaning',
    title: '客户提要求，阿姨顶嘴不耐烦',
    background: '客户请阿姨把沙发底下也扫一下，阿姨回“这不在服务范围，要做就加钱”，语气很冲。',
    customerWords: '我就让她顺手扫一下沙发底，她跟我说不在范围要加钱，脸色难看得很。我花钱还受气？',
    recommendedScripts: [
      '让您受委屈了，非常抱歉。阿姨的说话方式确实不对，我会跟她核实情况并进行服务规范复训。',
      '沙发底清洁本来就包含在日常保洁里，下次服务我们会做好；如果您不希望再由这位阿姨服务，我们可以为您更换。'
    ],
    keyPoints: [APOLOGISE, EMPATHISE, point('clarify', '说明服务范围', ['服务范围', '包含', '属于', '不需要加钱', '不用加钱']), point('change', '可更换阿姨', ['更换', '换一位', '换阿姨', '调换']), PREVENT],
    difficulty: 1
  },
  {
    id: 'scn-attitude-phone-agent',
    category: 'attitude',
    title: '客服电话里推诿，让客户自己找阿姨',
    background: '客户打电话反映问题，接线客服说“这个你直接跟阿姨说就行”，然后挂了电话。',
    customerWords: '我打你们电话，客服说让我自己去跟阿姨沟通，那要你们客服干什么？',
    recommendedScripts: [
      '非常抱歉，之前的同事处理方式不对，问题本来就应该由我们来跟进，不该让您自己去沟通。',
      '从现在起由我负责您这件事，我先了解一下情况，今天之内给您答复，我的工号是……'
    ],
    keyPoints: [APOLOGISE, point('ownership', '表明由我负责到底', ['我负责', '由我来', '我来跟进', '我来处理', '全程跟进', '专人']), VERIFY, DEADLINE],
    difficulty: 1
  },
  {
    id: 'scn-attitude-phone-at-work',
    category: 'attitude',
    serviceCategory: 'nanny',
    title: '保姆上班时间一直打电话、刷短视频',
    background: '客户通过家中摄像头看到保姆下午大部分时间在刷手机，老人午饭也晚了。',
    customerWords: '我在监控里看她一下午都在刷抖音，我爸的午饭一点多才吃上。我请的是保姆不是来玩手机的！',
    recommendedScripts: [
      '非常抱歉，这确实违反了我们的上户规范，让您和老人受委屈了。',
      '我会核实情况并对保姆进行约谈和处罚，同时为您准备两位候选保姆，您面试满意后可以随时更换。'
    ],
    keyPoints: [APOLOGISE, VERIFY, point('discipline', '按规范约谈/处罚', ['约谈', '处罚', '规范', '扣分', '警告', '培训']), point('change', '提供更换人选', ['更换', '候选', '换一位', '面试'])],
    difficulty: 2
  },
  {
    id: 'scn-attitude-complains-dirty',
    category: 'attitude',
    serviceCategory: 'daily_cleaning',
    title: '阿姨当着客户嫌家里太脏',
    background: '阿姨进门后说“你家也太脏了，这点时间做不完”，客户觉得被冒犯。',
    customerWords: '一进门就说我家脏，说得我好像多邋遢似的。家里脏才请你们来啊，这是什么态度？',
    recommendedScripts: ['非常抱歉让您不舒服了，阿姨这么说确实不妥。我会和阿姨沟通并安排礼仪复训，本次服务给您补偿一张优惠券。'],
    keyPoints: [APOLOGISE, EMPATHISE, point('remedy', '适当补偿', ['优惠券', '补偿', '减免']), PREVENT],
    difficulty: 1
  },
  // 物品损坏
  {
    id: 'scn-damage-vase',
    category: 'damage',
    serviceCategory: 'daily_cleaning',
    title: '阿姨擦柜子时打碎了花瓶',
    background: '客户说花瓶是朋友从景德镇带回来的，价值八百左右，阿姨当时承认了。',
    customerWords: '那个花瓶是朋友专门从景德镇带给我的，就这么碎了。你们打算怎么赔？',
    recommendedScripts: [
      '真的非常抱歉，损坏了您有纪念意义的东西。麻烦您把碎片和购买记录拍照发我，我核实价值后按公司赔付规定照价赔偿，今天下班前给您具体方案。'
    ],
    keyPoints: [APOLOGISE, point('evidence', '请客户提供照片/凭证', ['照片', '拍照', '凭证', '发票', '购买记录']), point('compensate', '按规定赔偿', ['赔偿', '照价', '赔付', '补偿'], 2), DEADLINE],
    difficulty: 2
  },
  {
    id: 'scn-damage-wood-floor',
    category: 'damage',
    serviceCategory: 'deep_cleaning',
    title: '用错清洁剂，实木地板发白起皮',
    background: '阿姨用含碱清洁剂拖实木地板，客厅一片地板发白，客户要求更换地板。',
    customerWords: '我家是实木地板，你们阿姨拿什么东西拖的，整片都发白了！这地板两万多，你们得给我换。',
    recommendedScripts: [
      '非常抱歉，是阿姨用错了清洁剂。我们明天安排专业地板养护师傅上门评估，能修复的免费修复，不能修复的按评估结果和您协商赔偿，费用由公司承担。'
    ],
    keyPoints: [APOLOGISE, point('assess', '请专业人员上门评估', ['评估', '鉴定', '师傅上门', '专业人员', '检测']), point('compensate', '修复或赔偿由公司承担', ['修复', '赔偿', '公司承担', '承担费用', '保险']), FOLLOW_UP],
    difficulty: 3
  },
  {
    id: 'scn-damage-aircon-leak',
    category: 'damage',
    serviceCategory: 'appliance_cleaning',
    title: '空调清洗后漏水、不制冷',
    background: '挂机清洗后当晚开始滴水，客户说墙面已经被泡了。',
    customerWords: '你们洗完空调晚上就开始滴水，墙皮都泡起来了，现在开都不敢开。',
    recommendedScripts: [
      '非常抱歉给您带来不便。请您先关掉空调，我安排师傅今天之内上门检修排水管，检修免费；墙面损失我们核实后负责处理。'
    ],
    keyPoints: [APOLOGISE, point('stop_loss', '先教客户止损（关机/断电）', ['关掉', '关机', '断电', '先不要开', '暂停使用']), point('repair', '免费上门检修', ['上门检修', '检修', '维修', '师傅上门', '免费']), DEADLINE, point('compensate', '承担墙面损失', ['墙面', '赔偿', '负责', '承担'])],
    difficulty: 2
  },
  {
    id: 'scn-damage-washer-noise',
    category: 'damage',
    serviceCategory: 'appliance_cleaning',
    title: '洗衣机除垢后转动有异响',
    background: '拆洗内筒后复装时一颗螺丝没拧紧，甩干时异响。',
    customerWords: '洗衣机洗完以后一甩干就咣咣响，之前好好的，肯定是你们拆坏了。',
    recommendedScripts: ['非常抱歉，应该是复装时没有检查到位。我安排原师傅明天上午上门免费检修，如果有部件损坏由我们更换。'],
    keyPoints: [APOLOGISE, point('repair', '免费上门检修', ['检修', '上门', '维修', '免费']), point('responsibility', '承担部件损坏', ['更换', '负责', '承担', '赔偿']), DEADLINE],
    difficulty: 1
  },
  // 物品丢失
  {
    id: 'scn-lost-gold-bracelet',
    category: 'lost_item',
    serviceCategory: 'daily_cleaning',
    title: '保洁后发现金手链不见了',
    background: '客户梳妆台上的金手链在保洁后找不到，怀疑阿姨拿了，情绪激动，说要报警。',
    customerWords: '我放在梳妆台上的金手链不见了，今天只有你们阿姨来过！你们不给个说法我就报警。',
    recommendedScripts: [
      '我非常理解您的心情，东西丢了谁都着急。我们会全力配合查清楚：我马上联系阿姨核实当时的情况，也请您再仔细找一下是否被收纳到别处。',
      '如果需要报警，我们全力配合警方调查；如最终确认是我们的责任，公司会负责赔偿。今天下班前我给您回电说明进展。'
    ],
    keyPoints: [EMPATHISE, point('no_blame', '不推诿也不当场认定', ['核实', '查清', '了解', '调查']), point('police', '支持报警并配合调查', ['配合警方', '配合调查', '支持您报警', '报警']), point('liability', '确认责任后负责赔偿', ['负责赔偿', '赔偿', '承担责任']), FOLLOW_UP],
    difficulty: 3
  },
  {
    id: 'scn-lost-thrown-away',
    category: 'lost_item',
    serviceCategory: 'daily_cleaning',
    title: '阿姨把装着发票的纸盒当垃圾扔了',
    background: '客户放在门口的纸盒里有报销发票，阿姨以为是垃圾一起清走了。',
    customerWords: '门口那个盒子里有我要报销的发票，你们阿姨问都不问就扔了，这些钱谁给我报？',
    recommendedScripts: ['非常抱歉，阿姨不该不确认就清走物品。我马上联系阿姨去楼下垃圾点一起找，找不回来的损失我们核实后协商赔偿，今后扔东西前一定先和您确认。'],
    keyPoints: [APOLOGISE, point('recover', '马上设法找回', ['找回', '去找', '垃圾点', '垃圾站', '马上联系']), point('compensate', '协商赔偿损失', ['赔偿', '损失', '补偿', '承担']), PREVENT],
    difficulty: 2
  },
  // 安全
  {
    id: 'scn-safety-window-no-rope',
    category: 'safety',
    serviceCategory: 'deep_cleaning',
    title: '阿姨探身擦外窗未系安全绳',
    background: '邻居拍到阿姨在12楼探身擦外窗、没有系安全绳，发给了客户。',
    customerWords: '邻居拍给我看，你们阿姨半个身子探出12楼窗外擦玻璃，什么保护都没有！出了事算谁的？',
    recommendedScripts: [
      '感谢您及时告诉我们，这是严重的安全违规，我们非常重视，也向您道歉让您担心了。',
      '我们已经通知阿姨立即停止外窗作业，外窗改由持证高空作业人员处理；涉事阿姨停岗复训，今天之内把处理结果告诉您。'
    ],
    keyPoints: [point('thank', '感谢客户提醒并重视', ['感谢', '谢谢', '重视']), point('stop', '立即叫停危险作业', ['立即停止', '停止作业', '叫停', '马上停下', '不再']), point('rule', '说明安全规范', ['安全绳', '安全规范', '高空作业', '持证']), PREVENT],
    difficulty: 2
  },
  {
    id: 'scn-safety-disinfectant-cough',
    category: 'safety',
    serviceCategory: 'disinfection',
    title: '消毒后孩子咳嗽，家里气味刺鼻',
    background: '全屋消毒后当晚3岁孩子咳嗽，家长怀疑消毒剂超量。',
    customerWords: '你们消毒完家里一股刺鼻味，我家孩子晚上一直咳嗽，你们用的到底是什么药？',
    recommendedScripts: [
      '孩子现在怎么样？如果咳嗽厉害请先带孩子就医，费用我们来承担。请先开窗通风。',
      '我马上把本次使用的消毒剂名称、浓度和检测报告发给您，并安排主管上门检测室内空气，今天给您回复。'
    ],
    keyPoints: [SAFETY_FIRST, point('ventilate', '指导开窗通风', ['通风', '开窗', '离开房间']), point('transparency', '公开药剂和浓度', ['消毒剂', '浓度', '成分', '检测报告', '说明书']), point('cost', '承担就医等费用', ['费用', '承担', '报销', '赔偿'])],
    difficulty: 3
  },
  {
    id: 'scn-safety-gas-left-on',
    category: 'safety',
    serviceCategory: 'nanny',
    title: '保姆做完饭忘关燃气阀',
    background: '客户下班回家闻到燃气味，发现灶台旁阀门没关，家里有老人。',
    customerWords: '我一进门就闻到煤气味，阀门开着！我妈一个人在家，万一出事怎么办？',
    recommendedScripts: [
      '先确认一下，您和阿姨现在都安全吗？请开窗通风，不要开关电器。',
      '这是非常严重的安全问题，我们向您郑重道歉。保姆今天停岗接受安全复训，我们会和您商量是否更换人选，并在今天之内给您书面处理意见。'
    ],
    keyPoints: [SAFETY_FIRST, point('instruct', '告知安全处置（开窗、不开电器）', ['开窗', '通风', '不要开关', '不要用火', '关闭阀门']), APOLOGISE, PREVENT],
    difficulty: 3
  },
  {
    id: 'scn-safety-elderly-fall',
    category: 'safety',
    serviceCategory: 'nanny',
    title: '老人在保姆照看时摔倒',
    background: '保姆在厨房做饭，独自去卫生间的老人摔倒，额头擦伤，已去医院。',
    customerWords: '我爸在家摔了一跤，头都破了，保姆在厨房根本不知道！你们的保姆是怎么看护的？',
    recommendedScripts: [
      '老人家现在情况怎么样？就医的事情我们全力配合，相关医疗费用公司先行承担。',
      '我们会马上调查当时的看护情况，经理今天会亲自联系您，处理结果和后续看护方案明天之前给您。'
    ],
    keyPoints: [SAFETY_FIRST, point('medical', '承担/先行垫付医疗费用', ['医疗费', '医药费', '先行承担', '垫付', '费用']), VERIFY, point('escalate', '由经理/更高层级跟进', ['经理', '主管', '负责人', '亲自'])],
    difficulty: 3
  },
  // 价格争议
  {
    id: 'scn-price-onsite-surcharge',
    category: 'price_dispute',
    serviceCategory: 'deep_cleaning',
    title: '上门后以重油污为由临时加价',
    background: '阿姨到场后说厨房油污太重要加收150元，客户觉得被宰。',
    customerWords: '网上下单明码标价，人来了又说油污重要加150，不加就不做。这跟坑人有什么区别？',
    recommendedScripts: [
      '非常抱歉，阿姨不应该在现场临时加价。您按订单价格支付就可以，额外收取的费用我们全额退还。',
      '我们会核实这次加价的情况，今后需要调整价格一律先由客服和您确认，阿姨现场不收取任何额外费用。'
    ],
    keyPoints: [APOLOGISE, point('price_rule', '按订单价格执行', ['订单价格', '按原价', '明码标价', '不额外收', '不加价']), point('refund', '退还多收的费用', ['退还', '退款', '退回', '返还']), PREVENT],
    difficulty: 2
  },
  {
    id: 'scn-price-coupon-not-applied',
    category: 'price_dispute',
    title: '优惠券没抵扣，多付了钱',
    background: '客户下单时选了50元券，支付金额却没有抵扣。',
    customerWords: '我明明选了五十块的券，付款的时候一分没少。你们系统是不是故意的？',
    recommendedScripts: ['给您添麻烦了，非常抱歉。我马上查一下您的订单和优惠券记录，确认是系统问题的话，多付的50元今天之内原路退回，优惠券也给您恢复。'],
    keyPoints: [APOLOGISE, point('check', '查询订单和券记录', ['查一下', '核实', '查询', '订单记录']), point('refund', '退回差额并恢复优惠券', ['退回', '退还', '原路', '恢复', '补发']), DEADLINE],
    difficulty: 1
  },
  {
    id: 'scn-price-cancel-fee',
    category: 'price_dispute',
    title: '临时取消被扣违约金，客户不认',
    background: '客户在服务前2小时取消，按规则扣了20%违约金；客户说是阿姨先迟到了才取消的。',
    customerWords: '是你们阿姨说要晚到一个多小时我才取消的，凭什么扣我违约金？',
    recommendedScripts: ['非常理解您的感受。既然是我们阿姨先通知要晚到，取消的原因在我们，我核实沟通记录后为您全额退款，今天之内到账。'],
    keyPoints: [EMPATHISE, point('verify', '核实沟通记录', ['核实', '沟通记录', '聊天记录', '通话记录', '查一下']), point('refund', '责任在我方则全额退款', ['全额退款', '退款', '退还', '不扣']), DEADLINE],
    difficulty: 2
  },
  {
    id: 'scn-price-package-refund',
    category: 'price_dispute',
    serviceCategory: 'daily_cleaning',
    title: '保洁套餐卡没用完要求退款',
    background: '客户买了10次保洁套餐用了3次，搬家了要求退剩余次数，前台说不能退。',
    customerWords: '我搬到外地了，剩下七次用不了，前台说概不退款。哪有这种道理？',
    recommendedScripts: ['非常理解您的情况。剩余次数是可以申请退的：按已使用次数的单次原价扣除后退还余额，我今天帮您提交申请，三个工作日内原路退回。'],
    keyPoints: [EMPATHISE, point('policy', '说明可退及计算方式', ['可以退', '可以申请', '扣除', '按次', '余额', '计算']), point('refund', '办理退款', ['退还', '退款', '原路退回', '提交申请']), DEADLINE],
    difficulty: 2
  },
  // 隐私
  {
    id: 'scn-privacy-moments-photo',
    category: 'privacy',
    serviceCategory: 'daily_cleaning',
    title: '阿姨把客户家照片发到朋友圈',
    background: '阿姨把客户家客厅（能看到全家福和门牌）拍照发朋友圈做宣传，客户的朋友转给了她。',
    customerWords: '我朋友截图给我，你们阿姨把我家客厅、连全家福都发朋友圈了！我家地址都能认出来，你们怎么管的？',
    recommendedScripts: [
      '非常抱歉，这严重侵犯了您的隐私，我们绝不允许。我现在就联系阿姨立即删除，删除后截图给您确认。',
      '阿姨会按规定处罚并停岗复训隐私规范；我们也会全员再次强调不得拍摄客户家中，今天之内给您书面处理结果。'
    ],
    keyPoints: [APOLOGISE, point('delete', '立即删除并给客户确认', ['删除', '删掉', '撤下', '截图给您']), point('discipline', '处罚/停岗', ['处罚', '停岗', '约谈', '警告']), PREVENT],
    difficulty: 2
  },
  {
    id: 'scn-privacy-sales-calls',
    category: 'privacy',
    title: '下单后接到大量装修推销电话',
    background: '客户在我们这里下了开荒保洁订单后，接到很多装修、家具推销电话，怀疑信息被卖。',
    customerWords: '我就在你们这下了个开荒的单，这几天天天有装修公司打电话，是不是你们把我信息卖了？',
    recommendedScripts: [
      '非常理解您的担心。我们的客户信息是加密保存的，员工只能看到打码的号码，我们绝不会出售客户信息。',
      '我会立即提交安全部门排查这段时间接触过您订单的人员和系统记录，三个工作日内给您结果；如果查实有泄露，我们承担责任。'
    ],
    keyPoints: [EMPATHISE, point('explain', '说明信息保护措施', ['加密', '打码', '脱敏', '保护', '权限']), point('investigate', '排查接触人员和记录', ['排查', '调查', '核查', '日志', '记录']), FOLLOW_UP],
    difficulty: 3
  },
  {
    id: 'scn-privacy-gossip',
    category: 'privacy',
    serviceCategory: 'nanny',
    title: '保姆在小区里议论雇主家事',
    background: '邻居告诉客户，保姆在小区和别的保姆聊雇主夫妻吵架的事。',
    customerWords: '我们家的事被保姆在小区里到处说，邻居都知道了。我现在出门都抬不起头。',
    recommendedScripts: ['非常抱歉，让您受委屈了。保姆议论雇主家事违反我们的保密约定，我会约谈她并作出处理；如果您希望更换，我们优先为您安排新的保姆。'],
    keyPoints: [APOLOGISE, EMPATHISE, point('rule', '指出违反保密约定', ['保密', '约定', '规定', '违反']), point('change', '可更换保姆', ['更换', '换一位', '新的保姆'])],
    difficulty: 2
  },
  // 专业能力：保姆 / 月嫂 / 育儿嫂
  {
    id: 'scn-professional-nanny-cooking',
    category: 'professional',
    serviceCategory: 'nanny',
    title: '保姆不会做适合老人的饭菜',
    background: '家里老人有糖尿病，保姆做菜重油重糖，说了两次也没改。',
    customerWords: '我跟她说了我妈有糖尿病要少油少糖，她还是天天红烧，说了也不听。',
    recommendedScripts: ['非常抱歉，老人的饮食是大事。我们会安排营养师给保姆做糖尿病饮食专项培训，并给您一份每周食谱；一周后我回访，如果还不合适就为您更换有老人护理经验的保姆。'],
    keyPoints: [APOLOGISE, point('train', '专项培训/食谱指导', ['培训', '食谱', '营养师', '指导']), point('change', '不改善则更换', ['更换', '换一位', '调换']), FOLLOW_UP],
    difficulty: 2
  },
  {
    id: 'scn-professional-nanny-screen-time',
    category: 'professional',
    serviceCategory: 'child_care',
    title: '育儿嫂整天给孩子看手机',
    background: '2岁孩子白天大部分时间被育儿嫂用手机动画哄着，家长从监控看到。',
    customerWords: '我请育儿嫂是陪孩子玩、教孩子的，结果一天到晚给他看手机动画，眼睛看坏了怎么办？',
    recommendedScripts: ['您说得对，长时间看屏幕对孩子不好，非常抱歉。我们会和育儿嫂沟通并由督导上门指导一日作息和早教游戏，三天后我回访您看改善情况。'],
    keyPoints: [point('agree', '认同家长的担心', ['您说得对', '理解', '担心', '确实']), APOLOGISE, point('guide', '督导上门指导作息', ['督导', '指导', '作息', '早教', '培训']), FOLLOW_UP],
    difficulty: 2
  },
  {
    id: 'scn-professional-maternity-bath',
    category: 'professional',
    serviceCategory: 'maternity_nurse',
    title: '月嫂给新生儿洗澡、护理脐带不规范',
    background: '宝妈发现月嫂洗澡时让脐带沾水，事后也没消毒，担心感染。',
    customerWords: '她给宝宝洗澡让肚脐泡水，洗完也不消毒，我查了说容易感染！你们不是说金牌月嫂吗？',
    recommendedScripts: [
      '宝宝现在脐部情况怎么样？有红肿渗液请先去医院看一下，费用我们承担。',
      '我们明天安排母婴护理督导上门，现场纠正月嫂的洗澡和脐带护理操作；如果您对月嫂失去信心，我们为您更换同级别月嫂，剩余天数顺延。'
    ],
    keyPoints: [point('baby_first', '先关心宝宝状况', ['宝宝', '红肿', '医院', '就医', '情况怎么样'], 2), point('supervise', '督导上门纠正', ['督导', '上门', '纠正', '指导']), point('change', '可更换同级别月嫂', ['更换', '换一位', '同级别', '顺延']), APOLOGISE],
    difficulty: 3
  },
  {
    id: 'scn-professional-maternity-night',
    category: 'professional',
    serviceCategory: 'maternity_nurse',
    title: '月嫂夜里睡觉不起来，宝宝哭很久',
    background: '合同约定夜间由月嫂照顾宝宝，宝妈说连续两晚宝宝哭了半小时月嫂都没起。',
    customerWords: '说好晚上她带宝宝，结果宝宝哭半小时她都不起来，还是我剖腹产的伤口疼着爬起来喂的。',
    recommendedScripts: ['真的非常抱歉，让刚做完手术的您还要夜里起来，这是我们的失职。今晚起我们安排督导电话抽查，并和月嫂重申夜间职责；您也可以选择更换月嫂，我们两天内安排到位。'],
    keyPoints: [EMPATHISE, APOLOGISE, point('duty', '重申夜间职责/抽查', ['夜间', '职责', '抽查', '督导', '合同']), point('change', '可更换并给出时限', ['更换', '换一位', '两天内', '尽快安排'])],
    difficulty: 2
  },
  {
    id: 'scn-professional-medicine',
    category: 'professional',
    serviceCategory: 'child_care',
    title: '育儿嫂私自给孩子吃退烧药',
    background: '孩子低烧，育儿嫂没有告诉家长就喂了自带的退烧药。',
    customerWords: '孩子发烧她不跟我说，自己拿药就喂了！万一过敏怎么办？谁给她的权力？',
    recommendedScripts: ['孩子现在体温和精神怎么样？如有不适请马上就医，费用我们承担。育儿嫂私自用药严重违规，我们立即让她停岗，今天之内给您处理结果并安排替换人员。'],
    keyPoints: [SAFETY_FIRST, point('violation', '明确这是违规', ['违规', '不允许', '严禁', '规定']), point('action', '停岗并安排替换', ['停岗', '替换', '更换', '换一位']), DEADLINE],
    difficulty: 3
  },
  // 舆情 / 诈骗指控
  {
    id: 'scn-fraud-xiaohongshu-post',
    category: 'fraud_claim',
    title: '客户在小红书发帖说公司是骗子',
    background: '客户的开荒保洁返工两次仍不满意，在小红书发帖“安心家政就是骗子，收钱不干活，大家避雷”，已有几百点赞。',
    customerWords: '（帖子原文）安心家政就是骗子！开荒收了九百，做得稀烂，返工两次还是一样，客服只会说抱歉。姐妹们避雷！！',
    recommendedScripts: [
      '您好，我是安心家政客服主管，看到您的分享非常抱歉，两次返工都没有让您满意，是我们的问题。',
      '想私信和您约个时间电话沟通，我们今天安排质检主管带队上门，不满意的部分全额退款。我们不会要求您删帖，只希望把事情给您解决好。'
    ],
    keyPoints: [APOLOGISE, point('private', '私信/电话沟通，不在评论区争辩', ['私信', '电话沟通', '联系您', '约个时间']), point('remedy', '拿出实际解决方案（上门/退款）', ['上门', '退款', '质检', '重新处理', '返工']), point('no_delete', '不以删帖为条件', ['不要求删帖', '不会要求您删', '不用删'])],
    difficulty: 3,
    timeLimitSec: 300
  },
  {
    id: 'scn-fraud-moments-runaway',
    category: 'fraud_claim',
    title: '客户在朋友圈说公司要卷钱跑路，要求退全款',
    background: '客户听说另一家家政公司倒闭，在朋友圈说我们“预收年卡就是诈骗、准备跑路”，要求退年卡全款，并说要投诉到12315。',
    customerWords: '你们预收一年的钱，我看就是准备卷钱跑路！马上给我退全款，不然我就投诉到12315，再发到业主群让大家都知道。',
    recommendedScripts: [
      '非常理解您的担心，最近行业里确实有公司出事。我们公司正常经营，可以把营业执照和预收款的银行存管说明发给您。',
      '您的年卡可以按规则退还未使用部分，我今天就帮您提交，三个工作日内原路退回。当然您也有权向12315反映，我们会积极配合。'
    ],
    keyPoints: [EMPATHISE, point('evidence', '出示经营资质/资金存管', ['营业执照', '资质', '存管', '正常经营', '合同']), point('refund', '按规则办理退款', ['退还', '退款', '未使用', '原路退回']), point('respect', '尊重客户投诉的权利', ['有权', '配合', '尊重'])],
    difficulty: 3,
    timeLimitSec: 300
  },
  {
    id: 'scn-fraud-fake-review-accusation',
    category: 'fraud_claim',
    title: '客户怀疑好评是刷的，在点评平台发帖',
    background: '客户服务不满意，发帖说“满屏五星都是刷的”，并@平台官方。',
    customerWords: '你们这些五星好评一看就是刷的，我的真实体验就是阿姨敷衍了事。我已经@平台了，等着吧。',
    recommendedScripts: ['非常抱歉这次服务让您失望了。我们的评价都来自真实订单，但您的体验更重要：我想了解一下具体哪里没做好，我们今天就安排免费返工或退款，由主管全程跟进。'],
    keyPoints: [APOLOGISE, point('listen', '询问具体问题', ['具体', '哪里', '了解一下', '详细说说']), point('remedy', '给出返工/退款方案', ['返工', '退款', '补做', '重新']), point('owner', '主管全程跟进', ['主管', '全程', '专人', '跟进'])],
    difficulty: 2
  },
  // 其他
  {
    id: 'scn-other-change-cleaner',
    category: 'other',
    serviceCategory: 'daily_cleaning',
    title: '要求固定阿姨却每次都换人',
    background: '客户每周保洁，明确要求固定一位阿姨，但最近三次来的都是不同的人。',
    customerWords: '我说了好几次要固定阿姨，每次都来个新人，每次都要从头交代，太累了。',
    recommendedScripts: ['给您添麻烦了，非常抱歉。我已经把您的需求备注为固定阿姨，以后每周由同一位阿姨服务；如遇她请假，会提前一天告诉您替班人选。'],
    keyPoints: [APOLOGISE, point('fix', '固定阿姨并备注', ['固定', '备注', '同一位', '专属']), point('notice', '请假时提前告知', ['提前', '通知您', '告诉您', '替班'])],
    difficulty: 1
  },
  {
    id: 'scn-other-too-many-calls',
    category: 'other',
    title: '回访电话太频繁，客户觉得被打扰',
    background: '一周内客户接到三次满意度回访电话。',
    customerWords: '你们一个星期打了三次回访电话，我上班呢，能不能别老打了？',
    recommendedScripts: ['非常抱歉打扰到您了。我已经为您调整为每次服务后只发一条消息回访，不再电话打扰；您有任何需要随时联系我们。'],
    keyPoints: [APOLOGISE, point('adjust', '调整回访方式和频率', ['调整', '改为', '只发', '减少', '不再电话']), point('door_open', '告知有事可随时联系', ['随时联系', '随时找', '有需要'])],
    difficulty: 1
  }
]

export const RECOVERY_SCRIPTS: SeedScript[] = [
  // 通用：每一步
  { id: 'tpl-general-received', scenario: 'general', step: 'received', title: '首次响应：受理安抚', text: '{{客户称呼}}您好，我是{{公司名称}}客服{{客服姓名}}。您反映的问题我们已经收到（工单号 {{工单号}}），给您添麻烦了，非常抱歉。我会先了解清楚情况，{{处理时限}}给您答复。' },
  { id: 'tpl-general-assessed', scenario: 'general', step: 'assessed', title: '告知处理安排', text: '{{客户称呼}}您好，您的问题（工单号 {{工单号}}）已经安排专人处理，负责人是{{客服姓名}}。我们会在{{处理时限}}给您明确的处理方案，期间有任何情况您都可以直接联系我。' },
  { id: 'tpl-general-investigating', scenario: 'general', step: 'investigating', title: '调查中：进度告知', text: '{{客户称呼}}您好，关于您{{服务时间}}的{{服务项目}}，我们正在和{{阿姨称呼}}核实当时的情况，{{处理时限}}会把核实结果和处理方案告诉您，请您放心。' },
  { id: 'tpl-general-resolving', scenario: 'general', step: 'resolving', title: '处理方案：补偿说明', text: '{{客户称呼}}您好，经过核实，这次是我们的服务没有做好，再次向您道歉。公司为您准备了{{补偿内容}}，您看这样处理可以吗？有任何想法都可以告诉我。' },
  { id: 'tpl-general-awaiting', scenario: 'general', step: 'awaiting_confirmation', title: '请客户确认处理结果', text: '{{客户称呼}}您好，您的问题（工单号 {{工单号}}）我们已经按方案处理：{{补偿内容}}。麻烦您在小程序「我的-投诉」里确认一下是否满意，如果还有不满意的地方请直接告诉我。' },
  { id: 'tpl-general-closed', scenario: 'general', step: 'closed', title: '结案致谢', text: '{{客户称呼}}您好，感谢您的理解和耐心，这次的问题已经处理完毕。您的意见我们已纳入阿姨培训，{{公司名称}}会持续改进，期待下次给您更好的服务。' },
  // 迟到
  { id: 'tpl-lateness-received', scenario: 'lateness', step: 'received', title: '迟到：致歉与说明', text: '{{客户称呼}}您好，非常抱歉{{阿姨称呼}}没有按约定时间到达，耽误了您的时间。我马上核实原因，本次服务时长照常做满，{{处理时限}}给您回复。' },
  { id: 'tpl-lateness-resolving', scenario: 'lateness', step: 'resolving', title: '迟到：补偿', text: '{{客户称呼}}您好，{{服务时间}}的服务迟到是我们的责任，公司为您准备了{{补偿内容}}。今后阿姨会提前确认路况并主动联系您，再次向您道歉。' },
  // 漏扫
  { id: 'tpl-missed-received', scenario: 'missed_spots', step: 'received', title: '漏扫：请客户拍照', text: '{{客户称呼}}您好，给您添麻烦了，非常抱歉。麻烦您把没有打扫到位的地方拍几张照片发给我，我核实后马上为您安排免费返工。' },
  { id: 'tpl-missed-resolving', scenario: 'missed_spots', step: 'resolving', title: '漏扫：安排返工', text: '{{客户称呼}}您好，我们已经为您安排{{补偿内容}}，会把{{服务项目}}没做到位的地方重新做好。返工完成后请您逐项验收，不满意我们继续处理。' },
  // 态度
  { id: 'tpl-attitude-received', scenario: 'attitude', step: 'received', title: '态度：致歉', text: '{{客户称呼}}您好，让您受委屈了，非常抱歉。{{阿姨称呼}}的说话方式确实不对，我会和她核实情况并安排服务规范复训。如果您希望更换阿姨，我们马上为您安排。' },
  // 损坏
  { id: 'tpl-damage-received', scenario: 'damage', step: 'received', title: '损坏：先致歉再取证', text: '{{客户称呼}}您好，真的非常抱歉损坏了您的物品。麻烦您把损坏物品和购买凭证拍照发给我，我核实后按公司赔付规定处理，{{处理时限}}给您具体方案。' },
  { id: 'tpl-damage-investigating', scenario: 'damage', step: 'investigating', title: '损坏：评估进度', text: '{{客户称呼}}您好，关于{{服务时间}}损坏物品的问题，我们已经向{{阿姨称呼}}了解了经过，正在评估修复或赔偿的方案，{{处理时限}}联系您。' },
  { id: 'tpl-damage-resolving', scenario: 'damage', step: 'resolving', title: '损坏：赔付方案', text: '{{客户称呼}}您好，经核实，物品损坏由我们负责。公司为您提供{{补偿内容}}，同时会对相关阿姨进行操作规范复训，再次向您道歉。' },
  // 丢失
  { id: 'tpl-lost-received', scenario: 'lost_item', step: 'received', title: '丢失：安抚与配合', text: '{{客户称呼}}您好，我非常理解您现在的心情。我们会全力配合查清楚，马上联系{{阿姨称呼}}核实当时的情况；如果您需要报警，我们全力配合警方调查。' },
  { id: 'tpl-lost-investigating', scenario: 'lost_item', step: 'investigating', title: '丢失：调查进展', text: '{{客户称呼}}您好，关于您反映的物品丢失（工单号 {{工单号}}），我们已经向{{阿姨称呼}}了解了服务过程，正在继续核查，{{处理时限}}给您回电说明进展。' },
  // 安全
  { id: 'tpl-safety-received', scenario: 'safety', step: 'received', title: '安全：先问安全', text: '{{客户称呼}}您好，请问您和家人现在都安全吗？如果有人身体不适，请先就医，相关费用由{{公司名称}}承担。我们已经把这件事列为最高优先级，{{处理时限}}给您处理意见。' },
  // 价格
  { id: 'tpl-price-investigating', scenario: 'price_dispute', step: 'investigating', title: '价格：核实费用', text: '{{客户称呼}}您好，关于{{服务时间}}{{服务项目}}的费用问题，我正在核实订单和付款记录，{{处理时限}}把核实结果告诉您。多收的费用我们一定退还。' },
  { id: 'tpl-price-resolving', scenario: 'price_dispute', step: 'resolving', title: '价格：退还与补偿', text: '{{客户称呼}}您好，经核实，多收的费用会原路退还给您，另外为您准备了{{补偿内容}}表示歉意。今后价格如有调整，一律先由客服和您确认。' },
  // 隐私
  { id: 'tpl-privacy-received', scenario: 'privacy', step: 'received', title: '隐私：立即处置', text: '{{客户称呼}}您好，非常抱歉，这件事侵犯了您的隐私，我们绝不允许。我们已经要求立即删除相关内容，删除后会截图给您确认，{{处理时限}}给您书面处理结果。' },
  // 专业能力
  { id: 'tpl-professional-received', scenario: 'professional', step: 'received', title: '专业：关心家人与督导', text: '{{客户称呼}}您好，宝宝/老人现在情况怎么样？您反映的护理问题我们非常重视，会安排督导上门现场指导{{阿姨称呼}}，{{处理时限}}联系您。' },
  { id: 'tpl-professional-resolving', scenario: 'professional', step: 'resolving', title: '专业：更换或培训方案', text: '{{客户称呼}}您好，针对{{服务项目}}中的问题，我们为您准备了两个方案：督导跟岗培训，或为您更换同级别人员（剩余天数顺延）。另外为您提供{{补偿内容}}。您看哪种更合适？' },
  // 舆情
  { id: 'tpl-fraud-received', scenario: 'fraud_claim', step: 'received', title: '舆情：私信邀约沟通', text: '{{客户称呼}}您好，我是{{公司名称}}的{{客服姓名}}，看到您的反馈非常抱歉，这次没有让您满意是我们的问题。想和您约个时间电话沟通，{{处理时限}}我们会拿出具体的解决方案。我们不会要求您删帖，只希望把事情给您解决好。' },
  { id: 'tpl-fraud-resolving', scenario: 'fraud_claim', step: 'resolving', title: '舆情：方案与资质说明', text: '{{客户称呼}}您好，{{公司名称}}正常经营，营业执照和预收款存管说明我已发给您。针对您这次的服务，我们提供{{补偿内容}}，由主管全程跟进。您也有权向有关部门反映，我们会积极配合。' },
  // 其他
  { id: 'tpl-other-received', scenario: 'other', step: 'received', title: '其他：受理', text: '{{客户称呼}}您好，您的需求我们已经记录（工单号 {{工单号}}），{{客服姓名}}会负责跟进，{{处理时限}}给您答复。' }
]

async function insertIfAbsent(db: any, coll: string, doc: { _id: string }): Promise<boolean> {
  try {
    await db.collection(coll).add(doc)
    return true
  } catch (e) {
    if (isDuplicate(e)) return false
    throw e
  }
}

export function scenarioDoc(s: SeedScenario, sort: number, now: Date): ScenarioDoc {
  return {
    _id: s.id,
    kind: SCENARIO_KIND,
    title: s.title,
    category: s.category,
    serviceCategory: s.serviceCategory ?? null,
    background: s.background,
    customerWords: s.customerWords,
    recommendedScripts: s.recommendedScripts,
    keyPoints: s.keyPoints,
    difficulty: s.difficulty,
    timeLimitSec: s.timeLimitSec ?? 180,
    passScore: DEFAULT_DRILL_PASS_SCORE,
    sort,
    active: true,
    createdAt: now,
    updatedAt: now
  }
}

export function scriptDoc(s: SeedScript, now: Date): ScriptDoc {
  return {
    _id: s.id,
    scenario: s.scenario,
    step: s.step,
    title: s.title,
    text: s.text,
    variables: scriptVariables(s.text),
    usage: 0,
    lastUsedAt: null,
    active: true,
    updatedBy: null,
    createdAt: now,
    updatedAt: now
  }
}

/** Writes the scenarios and script templates that are not there yet; answers how many of each were added. */
export async function seedRecovery(db: any, now = new Date()): Promise<{ scenarios: number; scripts: number }> {
  let scenarios = 0
  let scripts = 0
  for (const [i, s] of RECOVERY_SCENARIOS.entries()) {
    if (await insertIfAbsent(db, COLL.scenarios, scenarioDoc(s, i + 1, now))) scenarios += 1
  }
  for (const s of RECOVERY_SCRIPTS) {
    if (await insertIfAbsent(db, COLL.scripts, scriptDoc(s, now))) scripts += 1
  }
  return { scenarios, scripts }
}
