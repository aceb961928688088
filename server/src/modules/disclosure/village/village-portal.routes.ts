import { z } from 'zod';
import { sendStoredFile } from '../../../core/http/download.js';
import { contextOf } from '../../../core/http/context.js';
import type { RoutesPlugin } from '../../../core/http/types.js';
import { portalTown } from '../proactive/town.js';
import { publicComplaintBody } from './complaint.schema.js';
import { submitPublicComplaint } from './complaint.service.js';
import { AFFAIR_CATEGORY_KEYS } from './village-vocabulary.js';
import {
  publicVillageFile,
  publicVillageItem,
  publicVillageItems,
  publicVillages,
} from './village-portal.service.js';
import { publicReceiptOut } from './complaint.responses.js';
import { publicItemDetailOut, publicItemsOut, publicVillagesOut } from './village.responses.js';

const tags = ['三务公开·门户（公开，无需登录）'];
const uuid = (what: string) => z.string().uuid(`${what}编号格式有误`);

/** Villagers read their village's publications and report what was not published, without an account. */
export const villagePortalRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/public/village-affairs/villages',
    {
      schema: {
        tags,
        summary: '本镇各村（社区）及最近公开日期',
        response: { 200: publicVillagesOut },
      },
    },
    async () => publicVillages(deps),
  );
  api.get(
    '/public/village-affairs/villages/:id/items',
    {
      schema: {
        tags,
        summary: '某村已公开的党务、村务、财务事项',
        params: z.object({ id: uuid('村（社区）') }).strict(),
        querystring: z
          .object({
            category: z.enum(AFFAIR_CATEGORY_KEYS).optional(),
            page: z.coerce.number().int().min(1).max(1000).default(1),
            pageSize: z.coerce.number().int().min(1).max(50).default(20),
          })
          .strict(),
        response: { 200: publicItemsOut },
      },
    },
    async (req) => publicVillageItems(deps, req.params.id, req.query),
  );
  api.get(
    '/public/village-affairs/items/:id',
    {
      schema: {
        tags,
        summary: '公开事项全文',
        params: z.object({ id: uuid('公开事项') }).strict(),
        response: { 200: publicItemDetailOut },
      },
    },
    async (req) => publicVillageItem(deps, req.params.id),
  );
  api.get(
    '/public/village-affairs/items/:id/files/:fileId',
    {
      schema: {
        tags,
        summary: '下载公开事项的附件',
        params: z.object({ id: uuid('公开事项'), fileId: uuid('附件') }).strict(),
      },
    },
    async (req, reply) => {
      const file = await publicVillageFile(deps, req.params.id, req.params.fileId);
      return sendStoredFile(reply, deps.config.dataDir, file, 'public');
    },
  );
  api.post(
    '/public/village-affairs/complaints',
    {
      schema: {
        tags,
        summary:
          '反映村务应公布未公布或公布不实（《村民委员会组织法》第三十一条），由镇政府调查核实',
        body: publicComplaintBody,
        response: { 201: publicReceiptOut },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          await submitPublicComplaint(deps, contextOf(req), (await portalTown(deps)).id, req.body),
        ),
  );
};
