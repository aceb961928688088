import type { RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import type { Deps } from '../../../core/deps.js';
import { conflict } from '../../../core/errors.js';
import { loadCalendar } from '../../calendar/calendar.public.js';
import { parseFields, type ItemFields } from '../review.fields.js';
import { partiesOf } from '../review.policy.js';
import { TRANSITIONS, type Action } from '../review.workflow.js';
import type { Hit } from '../rules/engine.js';
import { settingsOf } from '../settings/settings.service.js';
import { runEngineInPool } from '../work/prereview.js';
import { currentVersion, loadItem, type LoadedItem } from './item.repository.js';
import { textOfUpload } from './upload-text.js';

/**
 * 智能预审 of a step's text, worked out before the step's transaction opens (security issue #8): the
 * engine runs in its worker pool, and the transaction only writes the hits, after checking that the
 * text they were found in is still the one being submitted.
 */
export interface PreparedText {
  /** The item's version and fields as they were read. */
  baseVersion: number;
  baseFields: string;
  text: string;
  /** JSON of the fields the text was pre-reviewed with. */
  fields: string;
  hits: Hit[];
}

/** A new text for the step (补正, 修改后重新报审); none means the current version is submitted. */
export interface NextText {
  text?: string | undefined;
  docxFileId?: string | undefined;
  fields?: ItemFields | undefined;
}

/**
 * Reads the item outside any transaction and pre-reviews the text the step will store. Null when
 * the actor does not take this step or there is no text: the step itself then refuses.
 */
export async function preReviewForStep(
  deps: Deps,
  ctx: RequestContext,
  itemId: string,
  action: Action,
  next?: NextText,
): Promise<PreparedText | null> {
  const actor = authorize(ctx, 'review.item.read');
  const q = deps.db.kysely;
  const item = await loadItem(q, actor, itemId);
  if (!partiesOf(actor, item).has(TRANSITIONS[action].by)) return null;
  const previous = await currentVersion(q, item.id, item.version);
  const text = next?.docxFileId
    ? await textOfUpload(deps, q, actor, next.docxFileId)
    : (next?.text ?? previous?.text ?? '');
  if (!text.trim()) return null;
  const fields = next ? JSON.stringify(next.fields ?? parseFields(item.fields)) : item.fields;
  const settings = await settingsOf(q, item.townId);
  const hits = await runEngineInPool(
    deps,
    item.type,
    item.affectsMarket === 1,
    text,
    parseFields(fields),
    { tradingThresholdFen: settings.tradingThresholdFen, calendar: await loadCalendar(q) },
  );
  return { baseVersion: item.version, baseFields: item.fields, text, fields, hits };
}

/** Inside the step: the hits stand only for the text and fields they were found with. */
export function unchangedSince(
  prepared: PreparedText | null,
  item: LoadedItem,
  currentText?: string,
): PreparedText {
  if (
    !prepared ||
    prepared.baseVersion !== item.version ||
    prepared.baseFields !== item.fields ||
    (currentText !== undefined && currentText !== prepared.text)
  ) {
    throw conflict(
      '送审稿在智能预审期间已被修改，请刷新后重新提交',
      'TEXT_CHANGED_DURING_PRE_REVIEW',
    );
  }
  return prepared;
}
