import { rule, type Workflow } from '../../../core/workflow/index.js';
import { CONTENT_STATES, type ContentKind, type ContentState } from '../pufa.vocabulary.js';

/**
 * A 普法 piece's life on the portal under the town's brand: 撰写 → 发布 → 撤回. A withdrawn piece stays
 * on record (its reads still count in the year it was published) but leaves the portal for good; a
 * corrected version is a new piece.
 */
export type ContentAction = 'publish' | 'withdraw';

export interface ContentFacts {
  state: ContentState;
  kind: ContentKind;
  hasMedia: boolean;
}

type Party = 'office';

/** 宁波市法治乡村建设促进条例 第二十九条: the town runs 法治宣传 and shows 法治文化 works. */
const PROPAGANDA_BASIS = '《宁波市法治乡村建设促进条例》第二十九条';

/** A video on the portal is its address: without one there is nothing for residents to watch. */
const videoHasMedia = (f: ContentFacts) =>
  f.kind !== 'video' || f.hasMedia
    ? null
    : rule('MEDIA_REQUIRED', '普法视频须填写视频地址后方可发布', PROPAGANDA_BASIS);

export const CONTENT_WORKFLOW: Workflow<ContentState, ContentAction, ContentFacts, Party> = {
  key: 'pufa-content',
  title: '普法内容（发布到门户、撤回）',
  states: CONTENT_STATES,
  initial: ['draft'],
  permission: 'pufa.manage',
  parties: { office: { label: '镇普法工作人员', townOffice: true } },
  transitions: {
    publish: {
      label: '发布到门户',
      verb: 'published',
      from: ['draft'],
      to: 'published',
      by: 'office',
      basis: PROPAGANDA_BASIS,
      guard: videoHasMedia,
    },
    withdraw: {
      label: '从门户撤回',
      verb: 'withdrawn',
      from: ['published'],
      to: 'withdrawn',
      by: 'office',
      basis: null,
    },
  },
};
