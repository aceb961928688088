import type { VillageRulesFields } from './fields.js';
import type { Rule } from './types.js';
import { LOSES_RIGHTS, PAYS, PROTECT } from './village-lexicon.js';

type R = Rule<VillageRulesFields>;

const EQUAL =
  '删除该条，改为"本村妇女及其配偶、子女在集体经济组织成员身份确认、土地承包、收益分配、征地补偿和宅基地使用等方面，与其他村民享有同等权利"';

const WIDOW_LOSES = /收回|迁出|取消|不享受|不得享受|不予|调整|收归|不再享受|丧失/;
const ONLY_DAUGHTERS_LIMIT =
  /只(?:能|允许|准|可|限)|仅(?:能|允许|限|可)|不享受|不得享受|取消|不予|不得(?:留|申请|参与|享受)|限(?:一|1)|减半/;
/** A charge on marrying, or a ban or veto on whom and when one marries. */
const MARRIAGE_CONTROL = new RegExp(
  `${PAYS.source}|同居[^。；]{0,10}元|(?:不得|不准|禁止)(?:外嫁|结婚|离婚|再婚|与外)|须经[^。；]{0,8}(?:同意|批准)`,
);
const HOMESTEAD_LIMIT = /不予|不得|不能|不准|取消|收回|不享受|不批|只能|仅/;

/** Women, marriage and family: 外嫁女, 离婚丧偶妇女, 上门女婿, 纯女户, 婚姻自由, 宅基地. */
export const VILLAGE_EQUALITY_RULES: readonly R[] = [
  {
    id: 'R4',
    kind: 'village_rules',
    title: '外嫁女丧失集体收益分配等权益',
    severity: 'high',
    // 妇女权益保障法 art 56 and 集体经济组织法 art 8: marriage is no ground for taking a woman's collective rights.
    basis: '《妇女权益保障法》第五十五条、第五十六条；《农村集体经济组织法》第八条、第十八条',
    suggestion: EQUAL,
    match: {
      all: [/出嫁|外嫁|嫁出|嫁到|嫁往|农嫁非|嫁给外/, LOSES_RIGHTS],
      none: PROTECT,
      sanction: LOSES_RIGHTS,
    },
    yieldsTo: ['R23'],
  },
  {
    id: 'R5',
    kind: 'village_rules',
    title: '离婚、丧偶妇女被收回承包地或者取消权益',
    severity: 'high',
    // 承包法 art 31: the land of a divorced or widowed woman may not be taken back while she has none elsewhere.
    basis:
      '《农村土地承包法》第三十一条；《农村集体经济组织法》第十八条；《妇女权益保障法》第五十六条',
    suggestion: '删除该条，改为"妇女离婚或者丧偶的，其承包地、集体收益分配和宅基地权益不受影响"',
    match: { all: [/离婚|丧偶|离异|守寡|寡妇/, WIDOW_LOSES], none: PROTECT, sanction: WIDOW_LOSES },
    yieldsTo: ['R23'],
  },
  {
    id: 'R6',
    kind: 'village_rules',
    title: '上门女婿及其子女不享受村民待遇',
    severity: 'high',
    basis: '《妇女权益保障法》第五十六条第二款',
    suggestion: '删除该条，改为"因结婚到本村女方家落户的男方及其子女，享有与本村村民同等的权益"',
    match: {
      all: [/上门女婿|入赘|招婿|倒插门|招夫|到女方(?:家)?落户/, LOSES_RIGHTS],
      none: PROTECT,
      sanction: LOSES_RIGHTS,
    },
    yieldsTo: ['R23'],
  },
  {
    id: 'R7',
    kind: 'village_rules',
    title: '纯女户（户无男性）权益受限',
    severity: 'high',
    basis: '《妇女权益保障法》第五十五条、第五十六条；《农村集体经济组织法》第八条',
    suggestion: EQUAL,
    match: {
      all: [
        /纯女户|户无男性|无男孩|没有儿子|只有女儿|双女户|女儿户|只(?:能|允许|准)[^。；]{0,6}(?:一个|一名|1个|1名)女儿/,
        ONLY_DAUGHTERS_LIMIT,
      ],
      none: PROTECT,
      sanction: ONLY_DAUGHTERS_LIMIT,
    },
    yieldsTo: ['R23'],
  },
  {
    id: 'R8',
    kind: 'village_rules',
    title: '干涉婚姻自由',
    severity: 'high',
    // 民法典 art 110 lists 婚姻自主权; 妇女权益保障法 art 61 forbids interfering with marriage and divorce.
    basis: '《妇女权益保障法》第六十一条；《民法典》第一百一十条、第一百一十二条',
    suggestion:
      '删除该条；结婚、离婚、同居属于婚姻自主，村规民约只可倡导婚事新办、抵制高额彩礼等移风易俗内容',
    match: {
      all: [
        /外省结婚|外地结婚|外嫁|与外(?:省|地|村)[^。；]{0,6}(?:结婚|通婚)|同居|结婚|婚姻|离婚|再婚/,
        MARRIAGE_CONTROL,
      ],
      none: [/彩礼|礼金|宴|酒席|份子钱|随礼|婚姻登记|民政/, ...PROTECT],
      sanction: MARRIAGE_CONTROL,
    },
    yieldsTo: ['R9'],
  },
  {
    id: 'R23',
    kind: 'village_rules',
    title: '宅基地分配歧视妇女',
    severity: 'high',
    basis: '《妇女权益保障法》第五十五条、第五十六条；《土地管理法》第六十二条',
    suggestion:
      '删除该条，改为"宅基地按照一户一宅和本村宅基地使用方案分配，不得以性别、婚姻状况为由区别对待"',
    match: {
      all: [
        /宅基地|建房|造房|住房用地/,
        /出嫁|女儿|外嫁|嫁出|离婚|丧偶|纯女户|入赘|招婿|上门女婿/,
        HOMESTEAD_LIMIT,
      ],
      none: PROTECT,
      sanction: HOMESTEAD_LIMIT,
    },
  },
];
