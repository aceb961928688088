/**
 * Why content is removed from a released copy (区分处理, 《政府信息公开条例》第三十七条), each with the
 * article that keeps it out. Recorded with every redaction and repeated in the reply.
 */
const R = '《政府信息公开条例》';

export const REDACTION_GROUNDS = {
  personal_privacy: { label: '个人隐私', basis: `${R}第十五条` },
  trade_secret: { label: '商业秘密', basis: `${R}第十五条` },
  state_secret: { label: '国家秘密', basis: `${R}第十四条` },
  security_stability: { label: '危及“三安全一稳定”', basis: `${R}第十四条` },
  internal_affairs: { label: '内部事务信息', basis: `${R}第十六条第一款` },
  process_info: { label: '过程性信息', basis: `${R}第十六条第二款` },
  not_government_info: { label: '不属于政府信息的内容', basis: `${R}第二条、第三十七条` },
} as const;

export type RedactionGround = keyof typeof REDACTION_GROUNDS;
export const REDACTION_GROUND_KEYS = Object.keys(REDACTION_GROUNDS) as RedactionGround[];

export const groundText = (g: RedactionGround) =>
  `${REDACTION_GROUNDS[g].label}，依据${REDACTION_GROUNDS[g].basis}`;

/**
 * The basis of a partial disclosure: 第三十七条 (区分处理) and every article behind the removed content,
 * once each, in the order first used — a reply may rest on several grounds at once.
 */
export function partialDisclosureBasis(grounds: readonly RedactionGround[]): string {
  const articles = [
    '第三十七条',
    ...grounds.flatMap((g) => REDACTION_GROUNDS[g].basis.replace(R, '').split('、')),
  ];
  return `${R}${[...new Set(articles)].join('、')}`;
}
