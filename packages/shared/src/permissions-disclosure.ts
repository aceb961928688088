/** 政务公开 (government information disclosure) and 三务公开 permissions. */
export const DISCLOSURE_PERMISSIONS = {} as const;
