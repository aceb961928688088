/** 合法性审查 (legality review) and 公平竞争审查 permissions. */
export const REVIEW_PERMISSIONS = {} as const;
