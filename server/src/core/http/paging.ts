import { z } from 'zod';

/** `?page=&pageSize=` on every list, with sane bounds. */
export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1).describe('页码，从 1 开始'),
  pageSize: z.coerce.number().int().min(1).max(200).default(20).describe('每页条数，最多 200'),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });

export const offsetOf = (p: { page: number; pageSize: number }) => (p.page - 1) * p.pageSize;
