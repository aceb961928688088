import { can, type Actor } from '../../../core/authz/actor.js';
import { townRecordWorkflow } from '../../../core/workflow/index.js';
import type { PufaContentsTable } from '../pufa.tables.js';
import type { ContentState } from '../pufa.vocabulary.js';
import { CONTENT_WORKFLOW, type ContentAction, type ContentFacts } from './content.workflow.js';

// tenancy: the kernel loads each piece through scoped()

type Party = 'office';

const contentFacts = (r: PufaContentsTable): ContentFacts => ({
  state: r.state,
  kind: r.kind,
  hasMedia: r.mediaUrl !== null,
});

const partiesOf = (actor: Actor) => new Set<Party>(can(actor, 'pufa.manage') ? ['office'] : []);

const contents = townRecordWorkflow<
  PufaContentsTable,
  ContentState,
  ContentAction,
  ContentFacts,
  Party
>({
  table: 'pufaContents',
  stateColumn: 'state',
  workflow: CONTENT_WORKFLOW,
  auditPrefix: 'pufa.content',
  targetType: 'pufa_content',
  notFoundMessage: '该普法内容不存在或不在您的管辖范围内',
  facts: (_q, r) => contentFacts(r),
  parties: partiesOf,
  auditMeta: (r) => ({ kind: r.kind, title: r.title }),
});

export const contentStep = contents.step;

/** The caller's buttons and refused steps on a piece (none for staff above the town). */
export const contentAbilities = contents.abilities;
