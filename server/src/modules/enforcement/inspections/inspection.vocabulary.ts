/** Kinds of inspection (检查类别), each with its own checklist (检查表). */
export const INSPECTION_KINDS = {
  safety: '安全生产',
  fire: '消防安全',
  canteen: '食品安全（学校食堂）',
} as const;
export type InspectionKind = keyof typeof INSPECTION_KINDS;
export const KIND_KEYS = Object.keys(INSPECTION_KINDS) as [InspectionKind, ...InspectionKind[]];

/**
 * The checklist items per kind. School canteens: licence (许可证), daily sample retention (留样),
 * leaders eating with pupils (陪餐) and tableware disinfection (消毒) — 食品安全法实施条例 第二十八条
 * names 原料控制、清洗消毒、留样 for 集中用餐单位; 陪餐 is the schools' own rule ([U]: not in shared/laws).
 */
export const CHECKLISTS: Record<InspectionKind, Record<string, string>> = {
  safety: {
    responsibility: '安全生产责任制落实',
    training: '从业人员安全教育培训',
    hazard_register: '事故隐患排查治理制度',
    warning_signs: '安全警示标志设置',
  },
  fire: {
    extinguishers: '灭火器材配置有效',
    exits: '疏散通道、安全出口畅通',
    facilities: '消防设施完好',
    wiring: '电气线路、电动自行车充电规范',
  },
  canteen: {
    licence: '食品经营许可证在有效期内',
    samples: '食品留样（每餐每样不少于125克，保存48小时）',
    accompany: '学校负责人陪餐并记录',
    disinfection: '餐具饮具清洗消毒',
    ingredients: '原料进货查验记录',
  },
};

/** One answer on the checklist: passed, or not with what was found. */
export interface ChecklistAnswer {
  item: string;
  passed: boolean;
  note?: string | undefined;
}

/** Hazard levels (隐患等级). */
export const HAZARD_LEVELS = { general: '一般事故隐患', major: '重大事故隐患' } as const;
export type HazardLevel = keyof typeof HAZARD_LEVELS;

export const INSPECTION_ART = {
  record: '《安全生产法》第六十八条',
  order: '《安全生产法》第六十五条第一款第三项',
  rectify: '《安全生产法》第六十五条第一款第二项',
  fire: '《消防法》第五十四条',
  canteen: '《食品安全法》第五十七条',
  canteenRules: '《食品安全法实施条例》第二十八条',
} as const;
