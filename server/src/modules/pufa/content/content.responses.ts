import { z } from 'zod';
import { blockedSchema } from '../../../core/workflow/blocked.schema.js';
import {
  AUDIENCE_KEYS,
  CONTENT_KIND_KEYS,
  CONTENT_STATES,
  type ContentState,
} from '../pufa.vocabulary.js';

/** Response shapes of the 普法内容, 普法责任清单 and 法律明白人 endpoints (documented in OpenAPI from here). */

const n = z.string().nullable();
const states = Object.keys(CONTENT_STATES) as [ContentState, ...ContentState[]];

export const createdOut = z.object({ id: z.string() });

export const contentOut = z.object({
  id: z.string(),
  kind: z.enum(CONTENT_KIND_KEYS),
  kindLabel: z.string(),
  brand: z.string().describe('乡镇普法品牌'),
  title: z.string(),
  topic: z.string(),
  audience: z.enum(AUDIENCE_KEYS),
  audienceLabel: z.string(),
  department: z.string(),
  body: z.string().describe('门户列表中为前 120 字'),
  mediaUrl: n,
  eventOn: n,
  publishedOn: n,
  state: z.enum(states),
  stateLabel: z.string(),
  withdrawnOn: n,
  withdrawalReason: n,
  views: z.number().describe('门户阅读数'),
  participants: z.number().nullable().describe('直播、活动的参与人数'),
});

export const contentListOut = z.object({ items: z.array(contentOut) });

export const contentDetailOut = contentOut.extend({
  abilities: z.array(z.string()).describe('本人当前可执行的操作'),
  blocked: blockedSchema,
});

export const dutyListOut = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      orgId: z.string(),
      year: z.number(),
      department: z.string(),
      laws: z.array(z.string()),
      audience: z.string(),
      activities: z.string(),
    }),
  ),
});

export const villageLeadersOut = z.object({
  basis: z.string(),
  items: z.array(
    z.object({
      id: z.string(),
      villageId: z.string(),
      village: z.string(),
      kind: z.string(),
      kindLabel: z.string(),
      name: z.string(),
      post: z.string(),
      trainedOn: n,
    }),
  ),
});
