import type { VillageRulesFields } from './fields.js';
import type { Rule } from './types.js';
import { AUTHORITY, PROTECT, SANCTION } from './village-lexicon.js';

type R = Rule<VillageRulesFields>;

const SCHOOL =
  /(?:不予|不得|不准|拒绝|暂停|停止|不)[^。；]{0,8}(?:出具|开具|办理|盖章)[^。；]{0,10}(?:入学|就读|学籍|转学|升学)|(?:取消|停止|不予|不得|不准|不能|剥夺)[^。；]{0,8}(?:入学|就读|学籍|上学|升学|入园)|(?:入学|就读|学籍|转学)[^。；]{0,10}(?:证明|手续|资格|材料)[^。；]{0,6}(?:不予|不得|不准|暂缓|不开|不办)/;
const EXPEL =
  /开除村籍|开除[^。；]{0,4}(?:村民|户籍|社员|成员)|取消[^。；]{0,6}(?:村民|成员|社员)(?:资格|身份)|(?:取消|剥夺|不享受)[^。；]{0,6}村民待遇|注销[^。；]{0,4}户口|清除出村|逐出|赶出[^。；]{0,4}村|不再(?:视为|认定为|作为)[^。；]{0,6}(?:村民|成员)/;
/** Taking the vote away, as opposed to naming it ("依法享有选举权"). */
const NO_VOTE =
  /(?:剥夺|取消|停止|暂停|不得|不能|不准|不予|无)[^。；，]{0,8}(?:选举|参选|候选|当选|投票|表决权)|不得(?:担任|作为)[^。；]{0,6}(?:村民代表|候选人)/;
const CUT_SUPPLY =
  /停水|停电|断水|断电|拉闸|停止供(?:水|电|气)|停止[^。；]{0,4}(?:用水|用电)|不予(?:供水|供电|接水|接电)/;
const WITHHOLD = /取消|扣除|扣发|不予|停发|停止|不享受|不得享受|暂停|减发|克扣/;
const TAKE_LAND =
  /收回[^。；]{0,6}(?:承包地|责任田|土地|口粮田)|(?:承包地|责任田|口粮田|土地)[^。；]{0,16}(?:收回|调整|收归)|调整[^。；]{0,4}承包地/;
const LEVY =
  /每户[^。；]{0,10}(?:缴纳|交纳|缴|交|出资|承担)|每人[^。；]{0,6}(?:缴纳|交纳|出资)|集资|摊派|按人头[^。；]{0,4}(?:收|缴)|(?<![不未欠拒拖漏少补])(?:缴纳|交纳|收取)[^。；]{0,8}(?:建设费|卫生费|保洁费|修路费|路灯费|垃圾费)/;

/**
 * A payment demanded of villagers, under any name (…费, …金, 押金, 保证金, or a sum in 元): the
 * verb of paying or collecting and the payment in one phrase. "交" is not 提交/移交/交通/交给, and
 * arrears ("不交卫生费的", "欠缴费用者") are the trigger of another rule's sanction, not a demand.
 */
const CHARGE =
  /(?<![不未欠拒拖漏少补])(?:收取|收缴|缴纳|交纳|上缴|预交|预缴|(?<![提移转递])交(?![通易给由还回流往换接界叉])|缴)[^。；，]{0,12}(?:费|(?<![资奖])金(?![额融属])|元)/;
const VILLAGE_PERMIT_OR_CHARGE = new RegExp(
  `须经[^。；]{0,6}(?:村委会|村民委员会|村两委|村里|村集体)[^。；]{0,6}(?:批准|审批|许可)|(?:办理|发放|领取)[^。；]{0,8}(?:出入证|经营证|许可证|准营证|暂住证|租房证)|${CHARGE.source}`,
);
/**
 * Not the village's own permit or charge: a legal basis is cited, the 村民会议 decided it (组织法 art
 * 24), another body acts, or it is a contract price, damages or a statutory contribution.
 */
const NOT_THE_VILLAGES_OWN =
  /依据《|依照《|按照《|根据《|依法|依照法律|按照国家|国家(?:有关)?规定|法律、法规|价格主管|物价部门|报[^。；]{0,6}(?:镇|乡|街道|政府|部门)[^。；]{0,4}(?:审批|批准)|公安|派出所|市场监管|有关部门|村民会议|村民代表会议|一事一议|自愿|租金|承包费|承包金|流转费|价款|合同|协议|赔偿|补偿|分红|保险|税|水费|电费|燃气费/;

/** Arrears, disobedience or petitioning as the trigger of a sanction. */
const DEFAULTS =
  /欠|未缴|未交|拒交|拒缴|拒不|不交|不缴|违反|违者|违背|上访|信访|越级|不服从|不配合|不听|屡教|本约|本村规|外出|外嫁|出嫁/;

/** Rights a village cannot take away: schooling, membership, votes, supply, benefits, petitions, land. */
export const VILLAGE_MEMBERSHIP_RULES: readonly R[] = [
  {
    id: 'R13',
    kind: 'village_rules',
    title: '限制子女入学、就读',
    severity: 'high',
    basis: '《义务教育法》第四条、第五条、第十三条',
    suggestion:
      '删除该条；村民委员会应当协助政府督促适龄儿童、少年入学，不得以任何理由拒绝出具入学所需证明',
    match: {
      all: [SCHOOL],
      none: PROTECT,
      sanction: SCHOOL,
    },
  },
  {
    id: 'R14',
    kind: 'village_rules',
    title: '开除村籍、取消成员资格',
    severity: 'high',
    // 集体经济组织法 art 17 lists the only grounds for losing membership; art 18 the grounds that never cause it.
    basis: '《农村集体经济组织法》第十七条、第十八条；《村民委员会组织法》第二十七条',
    suggestion: '删除该条；成员身份只能依照法定情形确认或者丧失，户口登记由公安机关依法办理',
    match: {
      all: [EXPEL],
      none: [/(?:到|向|由)[^。；]{0,6}(?:派出所|公安)/, ...PROTECT],
      sanction: EXPEL,
    },
    yieldsTo: ['R4', 'R5', 'R6', 'R7'],
  },
  {
    id: 'R15',
    kind: 'village_rules',
    title: '剥夺选举权和被选举权',
    severity: 'high',
    // 组织法 art 13: every villager aged 18+ votes and may stand, save those deprived of political rights by law.
    basis: '《村民委员会组织法》第十三条',
    suggestion: '删除该条；选举权和被选举权只能依照法律被剥夺，欠缴费用等可依法另行追收',
    match: {
      all: [
        /选举权|被选举权|不得参加[^。；]{0,6}选举|不得当选|不得参选|不能参选|取消[^。；]{0,8}(?:选举|参选|候选)|不得担任[^。；]{0,6}(?:村民代表|候选人)/,
        DEFAULTS,
      ],
      none: [/剥夺政治权利/, ...PROTECT],
      sanction: NO_VOTE,
    },
  },
  {
    id: 'R16',
    kind: 'village_rules',
    title: '以停水停电迫使履行',
    severity: 'high',
    // 行政强制法 art 43 para 2 forbids even administrative bodies to cut supply to force compliance.
    basis: '《行政强制法》第四十三条第二款；《村民委员会组织法》第二十七条',
    suggestion: '删除该条；欠缴费用的，可以催告、协商或者依法通过诉讼追收，不得停止供水供电',
    match: {
      all: [
        CUT_SUPPLY,
        /拒不|拒交|拒缴|不交|不缴|欠缴|欠费|拖欠|违反|违者|未按[^。；]{0,6}(?:缴|交|规定)|逾期|不服从|不配合/,
      ],
      none: [/(?:供水|供电)(?:单位|企业|公司)[^。；]{0,10}(?:依法|依照|按照)/, ...PROTECT],
      sanction: CUT_SUPPLY,
    },
  },
  {
    id: 'R17',
    kind: 'village_rules',
    title: '扣发、取消补贴救助等法定待遇',
    severity: 'high',
    basis:
      '《村民委员会组织法》第二十七条（不得侵犯村民合法财产权利；补贴、救助资格由法律法规和政策规定）',
    suggestion:
      '删除该条；补贴、低保、救助、社会保险待遇的享受条件由法律法规和政策规定，村规民约不得增设取消或者扣减的条件',
    match: {
      all: [/低保|补贴|补助|养老保险|养老金|医保|医疗保险|救助|抚恤|优抚|福利/, WITHHOLD, DEFAULTS],
      none: PROTECT,
      sanction: WITHHOLD,
    },
  },
  {
    id: 'R18',
    kind: 'village_rules',
    title: '限制、惩罚上访信访',
    severity: 'high',
    // 信访工作条例 art 18: no organisation or person may retaliate against a petitioner.
    basis: '《信访工作条例》第十八条；《村民委员会组织法》第二十七条',
    suggestion: '删除该条；村民依法信访不受限制，对信访中的违法行为由有关机关依法处理',
    match: {
      all: [/上访|信访|越级|进京|集体访|缠访|闹访/, SANCTION],
      none: [AUTHORITY, ...PROTECT],
      sanction: SANCTION,
    },
  },
  {
    id: 'R20',
    kind: 'village_rules',
    title: '收回、调整承包地',
    severity: 'high',
    // 承包法 arts 27–28: no taking back or adjusting contracted land during the contract term.
    basis: '《农村土地承包法》第二十七条、第二十八条',
    suggestion:
      '删除该条；承包期内发包方不得收回、调整承包地，外出务工、进城落户等不影响土地承包经营权',
    match: {
      all: [
        TAKE_LAND,
        /外出|务工|经商|进城|落户|不种|撂荒|抛荒|闲置|迁出|户口|出嫁|外嫁|死亡|升学|参军|服刑|不交|欠|违者|违反|改变[^。；]{0,4}用途|不服从|拒不/,
      ],
      none: [/自愿交回|依法征收|征收[^。；]{0,6}补偿/, ...PROTECT],
      sanction: TAKE_LAND,
    },
    yieldsTo: ['R4', 'R5'],
  },
  {
    id: 'R21',
    kind: 'village_rules',
    title: '村级自设审批、收费',
    severity: 'medium',
    basis: '《村民委员会组织法》第二十七条；《浙江省实施〈村民委员会组织法〉办法》第四十二条',
    suggestion:
      '删除村级审批和收费内容；依法需要登记或者许可的，引导当事人向有关部门办理，村民委员会只做协助和服务',
    match: {
      all: [VILLAGE_PERMIT_OR_CHARGE],
      none: [NOT_THE_VILLAGES_OWN, ...PROTECT],
      sanction: VILLAGE_PERMIT_OR_CHARGE,
    },
    // A fine, a forfeited deposit, a levy and a charge on marriage or birth have their own rules.
    yieldsTo: ['R1', 'R2', 'R8', 'R9', 'R22'],
  },
  {
    id: 'R22',
    kind: 'village_rules',
    title: '未经村民会议决定的摊派、集资',
    severity: 'medium',
    // 组织法 art 24(3): 筹资筹劳 for public works is decided by the 村民会议.
    basis:
      '《村民委员会组织法》第二十四条第一款第（三）项；《浙江省实施〈村民委员会组织法〉办法》第十五条',
    suggestion:
      '筹资筹劳方案应当提交村民会议（或者经授权的村民代表会议）讨论决定，并写明"经村民会议讨论决定"；未经决定的不得向村民收取',
    match: {
      all: [LEVY],
      none: [
        /村民会议|村民代表会议|一事一议|民主(?:讨论|决策|表决)|经[^。；]{0,8}(?:讨论|表决)(?:决定|通过)|自愿/,
        ...PROTECT,
      ],
      sanction: LEVY,
    },
  },
];
