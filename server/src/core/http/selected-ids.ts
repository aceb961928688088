import { z } from 'zod';

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
/** As many rows as one list page holds. */
const MAX_SELECTED = 200;

/**
 * `?ids=a,b,c`: the rows a user ticked on a list (导出所选), comma-separated. A plain string rather than a
 * transform keeps the OpenAPI document honest; the service splits it with `selectedIds`.
 */
export const idsQuery = z
  .string()
  .regex(
    new RegExp(`^${UUID}(,${UUID}){0,${MAX_SELECTED - 1}}$`),
    `所选记录编号格式有误（以逗号分隔，最多 ${MAX_SELECTED} 条）`,
  )
  .optional()
  .describe(`只取所选的记录（以逗号分隔的编号，最多 ${MAX_SELECTED} 条）`);

export const selectedIds = (ids: string | undefined): string[] | undefined =>
  ids ? [...new Set(ids.split(','))] : undefined;
