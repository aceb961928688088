/**
 * 桥头镇's 2024 enforcement record as the annual report states it: 43 entrusted penalty decisions in
 * safety production and fire control totalling ¥460,500, and 9 food-safety cases totalling ¥16,000.
 */
const repeat = (n: number, fine: number) => Array.from({ length: n }, () => fine);

/** Fines (元) of the 43 entrusted decisions: 20 × 5,000 + 15 × 10,000 + 5 × 20,000 + 30,000 + 30,500 + 50,000. */
export const ENTRUSTED_FINES = [
  ...repeat(20, 5_000),
  ...repeat(15, 10_000),
  ...repeat(5, 20_000),
  30_000,
  30_500,
  50_000,
];

/** Fines (元) of the 9 food-safety decisions: 5 × 2,000 + 4 × 1,500. */
export const FOOD_FINES = [...repeat(5, 2_000), ...repeat(4, 1_500)];

export const ENTRUSTMENT = {
  entrustingBody: '慈溪市应急管理局',
  fields: ['safety_fire' as const],
  powers: '安全生产和消防领域监督检查、现场处理、调查取证、行政处罚（不含吊销许可）',
  documentNo: '慈应急〔2023〕5号',
  startsOn: '2023-01-01',
  endsOn: '2025-12-31',
};

const SAFETY_MATTERS = [
  ['未按规定对从业人员进行安全生产教育和培训', '《安全生产法》第九十七条'],
  ['未在有较大危险因素的生产经营场所设置明显的安全警示标志', '《安全生产法》第九十九条'],
  ['占用、堵塞疏散通道、安全出口', '《消防法》第六十条'],
  ['未对安全设备进行经常性维护、保养和定期检测', '《安全生产法》第九十九条'],
] as const;

const COMPANIES = [
  '慈溪市桥头某五金厂',
  '慈溪市某电器有限公司',
  '桥头镇某塑料制品厂',
  '某模具加工店',
];

export const safetyCase = (i: number) => {
  const [matter, basis] = SAFETY_MATTERS[i % SAFETY_MATTERS.length]!;
  return {
    title: matter,
    partyName: `${COMPANIES[i % COMPANIES.length]}（${i + 1}）`,
    facts: `经检查发现，当事人${matter}，违反了安全生产和消防管理规定。`,
    legalBasis: basis,
    penalty: '罚款',
  };
};

export const foodCase = (i: number) => ({
  title: '经营超过保质期的食品',
  partyName: `桥头镇某食品店（${i + 1}）`,
  facts: '经检查发现，当事人货架上陈列销售超过保质期的预包装食品。',
  legalBasis: '《食品安全法》第一百二十四条',
  penalty: '警告、没收违法所得、罚款',
});
