import type { RoutesPlugin } from '../../core/http/types.js';
import { contextOf } from '../../core/http/context.js';
import { listCatalogues } from './catalogue-read.service.js';
import {
  addEntry,
  adjustEntry,
  approveCatalogue,
  createCatalogue,
  publishCatalogue,
  withdrawEntry,
} from './catalogue.service.js';
import {
  approveCatalogueBody,
  catalogueBody,
  entryBody,
  entryPatchBody,
  idParams,
  publishCatalogueBody,
  townQuery,
  withdrawEntryBody,
} from './decisions.schema.js';
import { cataloguesOut, createdOut } from './decisions.responses.js';

const tags = ['重大行政决策'];

/**
 * 决策事项目录: the yearly catalogue drafted, approved and published, its entries added, adjusted and
 * withdrawn with their reasons (a matter outside it cannot be launched as a major decision).
 */
export const decisionCatalogueRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/decisions/catalogues',
    {
      schema: {
        tags,
        summary: '决策事项目录（按年度，含调整记录）',
        querystring: townQuery,
        response: { 200: cataloguesOut },
      },
    },
    async (req) => listCatalogues(deps, contextOf(req), req.query),
  );
  api.post(
    '/decisions/catalogues',
    {
      schema: {
        tags,
        summary: '编制年度决策事项目录',
        body: catalogueBody,
        response: { 201: createdOut },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createCatalogue(deps, contextOf(req), req.body)),
  );
  api.post(
    '/decisions/catalogues/:id/entries',
    {
      schema: {
        tags,
        summary: '目录新增事项',
        params: idParams,
        body: entryBody,
        response: { 201: createdOut },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await addEntry(deps, contextOf(req), req.params.id, req.body)),
  );
  api.post(
    '/decisions/catalogues/:id/approve',
    {
      schema: {
        tags,
        summary: '记录同级党委同意目录',
        params: idParams,
        body: approveCatalogueBody,
        response: { 200: cataloguesOut },
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      await approveCatalogue(deps, ctx, req.params.id, req.body);
      return listCatalogues(deps, ctx, {});
    },
  );
  api.post(
    '/decisions/catalogues/:id/publish',
    {
      schema: {
        tags,
        summary: '公布决策事项目录',
        params: idParams,
        body: publishCatalogueBody,
        response: { 200: cataloguesOut },
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      await publishCatalogue(deps, ctx, req.params.id, req.body);
      return listCatalogues(deps, ctx, {});
    },
  );
  api.post(
    '/decisions/catalogue-entries/:id/adjust',
    {
      schema: {
        tags,
        summary: '调整目录事项（留存调整前后内容）',
        params: idParams,
        body: entryPatchBody,
        response: { 200: cataloguesOut },
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      await adjustEntry(deps, ctx, req.params.id, req.body);
      return listCatalogues(deps, ctx, {});
    },
  );
  api.post(
    '/decisions/catalogue-entries/:id/withdraw',
    {
      schema: {
        tags,
        summary: '撤销目录事项',
        params: idParams,
        body: withdrawEntryBody,
        response: { 200: cataloguesOut },
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      await withdrawEntry(deps, ctx, req.params.id, req.body);
      return listCatalogues(deps, ctx, {});
    },
  );
};
