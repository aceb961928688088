import type { VillageRulesFields } from './fields.js';
import type { Rule } from './types.js';
import { AUTHORITY, CONDUCT, PROTECT, SANCTION } from './village-lexicon.js';

type R = Rule<VillageRulesFields>;

const FINE = /罚款|罚金|罚没|处以[^。；]{0,8}元|罚(?![款金没])[^。；，]{0,4}元/;
const DISGUISED_FINE =
  /违约金|保证金[^。；]{0,12}(?:没收|不予退还|不退|扣除|充公)|押金[^。；]{0,10}(?:不予退还|不退|没收|扣除)|罚(?:放|演|请)|(?:违者|违反[^。；]{0,12}(?:者|的))[^。；]{0,10}(?:缴纳|交纳|缴|交)[^。；]{0,6}元/;
const SEIZE = /没收|扣押|收缴|充公/;
const BIRTH_SANCTION = /罚|交[^。；]{0,6}元|缴[^。；]{0,6}元|取消|不予|不享受|收取|处以/;
const DETAIN =
  /关押|禁闭|软禁|捆绑|限制[^。；]{0,6}人身自由|(?:扣留|看管|看押)[^。；]{0,4}(?:其|本人|当事人|人员|村民|陌生人|嫌疑人|小偷|此人)|(?:人员|村民|陌生人|者|小偷|当事人)[^。；]{0,12}(?:扣留|看管|看押)|(?<!车辆?)(?:人|者|员|贩)[^。；车]{0,6}(?:不准|不得|禁止)[^。；]{0,4}(?:进村|进入本村|出村|外出)/;
// The gap after 公开 may not cross a negation: "公开通报不得公布照片" forbids publishing.
const SHAME =
  /游街|示众|挂牌|戴高帽|批斗|(?:曝光|公布|张贴|公开|公示)(?:(?!不得|不准|禁止|严禁)[^。；]){0,10}(?:照片|相片|头像|身份证|家庭住址)|(?:大喇叭|广播)[^。；]{0,8}(?:点名|曝光)/;

/** What to write instead of a penalty (宁波市法治乡村建设促进条例 art 14 allows 抵制约束 measures that stay within the law). */
const INSTEAD =
  '删除该处罚内容，可改为"由村民委员会进行批评教育、劝导，责令恢复原状或者赔偿损失；涉嫌违法的，移交有关部门依法处理"，或规定取消评优评先等不减损法定权利的约束措施';

/** Sanctions a village may not impose: penalties, force, humiliation, crimes. */
export const VILLAGE_PENALTY_RULES: readonly R[] = [
  {
    id: 'R1',
    kind: 'village_rules',
    title: '设定罚款',
    severity: 'high',
    // 行政处罚法 arts 9, 16: a fine is an administrative penalty; only laws, regulations and rules may create one.
    basis: '《行政处罚法》第九条、第十六条；《村民委员会组织法》第二十七条',
    suggestion: INSTEAD,
    match: { all: [FINE], none: [...PROTECT, AUTHORITY], sanction: FINE },
    yieldsTo: ['R8', 'R9'],
  },
  {
    id: 'R2',
    kind: 'village_rules',
    title: '以违约金、保证金等名义变相罚款',
    severity: 'high',
    basis:
      '《行政处罚法》第九条、第十六条；《村民委员会组织法》第二十七条（以违约金、保证金名义收取的，实质仍为罚款）',
    suggestion: INSTEAD,
    match: {
      all: [DISGUISED_FINE, CONDUCT],
      none: [/合同|协议/, ...PROTECT],
      sanction: DISGUISED_FINE,
    },
    yieldsTo: ['R1'],
  },
  {
    id: 'R3',
    kind: 'village_rules',
    title: '没收、扣押财物',
    severity: 'high',
    // 没收 is a penalty (行政处罚法 art 9); 扣押 is a coercive measure only laws and regulations may set (行政强制法 art 10).
    basis: '《行政处罚法》第九条、第十六条；《行政强制法》第十条',
    suggestion: '删除没收、扣押内容；发现违法物品的，应当报告或者移交有关行政机关依法处理',
    match: { all: [SEIZE, CONDUCT], none: [...PROTECT, AUTHORITY], sanction: SEIZE },
    // A forfeited deposit is a disguised fine (R2), not a confiscation of goods.
    yieldsTo: ['R2'],
  },
  {
    id: 'R9',
    kind: 'village_rules',
    title: '对生育、怀孕设定处罚',
    severity: 'high',
    basis:
      '《民法典》第一百零九条、第一百一十二条；《行政处罚法》第十六条；《村民委员会组织法》第二十七条',
    suggestion: '删除该条；生育属于公民私生活，村规民约不得对生育、怀孕设定处罚或者减损权益',
    match: {
      all: [/不足月|早生|超生|未婚生育|未婚先孕|计划外生育|非婚生|婚前生育|生育/, BIRTH_SANCTION],
      none: PROTECT,
      sanction: BIRTH_SANCTION,
    },
  },
  {
    id: 'R10',
    kind: 'village_rules',
    title: '限制人身自由',
    severity: 'high',
    // 行政处罚法 art 10: penalties restricting liberty only by law; 行政强制法 art 10: coercive measures only by law.
    basis: '《行政处罚法》第十条；《行政强制法》第十条；《民法典》第一百零九条',
    suggestion:
      '删除该条；发现可疑人员或者违法行为的，应当及时报告公安机关，不得自行扣留、关押或者限制他人出入',
    match: {
      all: [DETAIN],
      none: PROTECT,
      sanction: DETAIN,
    },
  },
  {
    id: 'R11',
    kind: 'village_rules',
    title: '游街示众、公开羞辱',
    severity: 'high',
    basis: '《民法典》第一百零九条、第一百一十条；《村民委员会组织法》第二十七条',
    suggestion:
      '删除该条；可改为"由村民委员会进行批评教育"，公开通报不得公布照片、身份证号、住址等个人信息，不得有侮辱性内容',
    match: {
      all: [SHAME],
      none: [
        /表彰|表扬|光荣榜|先进|文明(?:家庭|户)|好人|榜样|挂牌督办|挂牌成立|挂牌保护|门牌/,
        ...PROTECT,
      ],
      sanction: SHAME,
    },
  },
  {
    id: 'R12',
    kind: 'village_rules',
    title: '株连家属（连坐）',
    severity: 'high',
    basis: '《村民委员会组织法》第二十七条（不得侵犯村民人身权利和合法财产权利；责任自负）',
    suggestion: '删除对家属、亲属的处理；约束措施只能针对行为人本人，且不得减损其法定权利',
    match: {
      all: [
        /(?:本人|违者|违反者|当事人|行为人)[^。；]{0,6}(?:及|和|与|连同)[^。；]{0,6}(?:血亲|三代|家属|全家|家庭成员|亲属|子女|父母|直系)|(?:全家|全户|家属|亲属|子女|家庭成员)[^。；]{0,8}(?:一并|一律|同样|连带|均)[^。；]{0,6}(?:取消|不享受|不予|罚|扣除|处理)|连坐|株连|连带处罚/,
        SANCTION,
      ],
      none: PROTECT,
      sanction: SANCTION,
    },
  },
  {
    id: 'R19',
    kind: 'village_rules',
    title: '自设罪名、暴力处置',
    severity: 'high',
    basis: '《刑法》第三条（罪刑法定）；《村民委员会组织法》第二十七条',
    suggestion:
      '删除该条；是否构成犯罪只能由司法机关依照刑法认定，可改为"涉嫌违法犯罪的，移交公安机关依法处理"',
    match: {
      all: [
        /论处|按[^。；]{0,10}罪(?:处理|处罚|处置|论)?|以[^。；]{0,8}罪(?:论|处)|格杀勿论|打死(?:勿论|不论|白打|不偿命)|死了白死/,
      ],
      none: [/构成犯罪的|涉嫌犯罪的|依法追究/, AUTHORITY],
    },
  },
];
