import { contextOf } from '../../core/http/context.js';
import type { RoutesPlugin } from '../../core/http/types.js';
import { cockpitTowns } from './cockpit-towns.service.js';
import { cockpitOf } from './cockpit.service.js';
import {
  cockpitQuery,
  cockpitResponse,
  cockpitTownsQuery,
  cockpitTownsResponse,
} from './cockpit.schema.js';

const tags = ['驾驶舱'];

/** 驾驶舱: one town's figures and open work, and the county's towns side by side (read only). */
export const cockpitRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/cockpit',
    {
      schema: {
        tags,
        summary: '乡镇驾驶舱：各模块在办与超期、指标同比红黄绿、按月趋势（均可下钻到记录）',
        querystring: cockpitQuery,
        response: { 200: cockpitResponse },
      },
    },
    async (req) => cockpitOf(deps, contextOf(req), req.query),
  );
  api.get(
    '/cockpit/towns',
    {
      schema: {
        tags,
        summary: '县级驾驶舱：各乡镇某项指标排名、在办与超期、年度报告报送情况',
        querystring: cockpitTownsQuery,
        response: { 200: cockpitTownsResponse },
      },
    },
    async (req) => cockpitTowns(deps, contextOf(req), req.query),
  );
};
