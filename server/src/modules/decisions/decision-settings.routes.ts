import { contextOf } from '../../core/http/context.js';
import type { RoutesPlugin } from '../../core/http/types.js';
import { getDecisionSettings, saveDecisionSettings } from './comment-settings.service.js';
import { settingsOut } from './decisions.responses.js';
import { settingsBody, settingsQuery } from './decisions.schema.js';

const tags = ['重大行政决策'];

/** The town's 重大行政决策 settings: whether portal commenters verify their phone by SMS code. */
export const decisionSettingsRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/decisions/settings',
    {
      schema: {
        tags,
        summary: '本镇重大行政决策设置（公众意见短信验证）',
        querystring: settingsQuery,
        response: { 200: settingsOut },
      },
    },
    async (req) => getDecisionSettings(deps, contextOf(req), req.query.orgId),
  );
  api.put(
    '/decisions/settings',
    {
      schema: {
        tags,
        summary: '设置公众提出意见前是否须短信验证手机号',
        body: settingsBody,
        response: { 200: settingsOut },
      },
    },
    async (req) => saveDecisionSettings(deps, contextOf(req), req.body),
  );
};
