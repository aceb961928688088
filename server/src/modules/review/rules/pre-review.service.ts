import type { RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import type { Deps } from '../../../core/deps.js';
import { AppError, badRequest } from '../../../core/errors.js';
import { allowedTypesText, sniffFileType } from '../../../core/files/sniff.js';
import { loadCalendar } from '../../calendar/calendar.public.js';
import { settingsOf } from '../settings/settings.service.js';
import { RULES, type Hit } from './engine.js';
import { poolFor } from './engine-pool.js';
import {
  FCR_EXCEPTION_CONDITIONS,
  FCR_EXCEPTIONS,
  FCR_STANDARDS,
} from './fair-competition-checklist.js';
import { preReviewBody, type PreReviewBody } from './pre-review.schema.js';
import { THRESHOLD_SETTINGS, type Thresholds } from './thresholds.js';

const PERMISSION = 'review.prereview.use';

/** The town's own 进场交易 threshold where the actor belongs to a town (浙江集体资产条例 art 35: set locally). */
async function townThresholds(deps: Deps, scopePath: string): Promise<Partial<Thresholds>> {
  const org = await deps.db.kysely
    .selectFrom('orgs')
    .select('townId')
    .where('path', '=', scopePath)
    .executeTakeFirst();
  if (!org?.townId) return {};
  const s = await settingsOf(deps.db.kysely, org.townId);
  return { openTradingThresholdYuan: s.tradingThresholdFen / 100 };
}

/** Stateless: nothing is stored or logged beyond the request; the drafter checks before submitting. Runs in the engine's worker pool. */
export async function runPreReview(
  deps: Deps,
  ctx: RequestContext,
  body: PreReviewBody,
): Promise<{ hits: Hit[] }> {
  const actor = authorize(ctx, PERMISSION);
  const thresholds = body.kind === 'contract' ? await townThresholds(deps, actor.scopePath) : {};
  // Only the filing date of 村规民约 needs the holiday calendar (民法典 art 203).
  const calendar =
    body.kind === 'village_rules' && body.fields?.adoptedOn
      ? await loadCalendar(deps.db.kysely)
      : undefined;
  return { hits: await poolFor(deps.config).run(body, { thresholds, calendar }) };
}

/** The same check on an uploaded Word document; answers the extracted text too, for highlighting. */
export async function runDocxPreReview(
  deps: Deps,
  ctx: RequestContext,
  file: Buffer,
  form: { kind?: string; fields?: string },
) {
  authorize(ctx, PERMISSION);
  if ((await sniffFileType(file)) !== 'docx') {
    throw new AppError(
      415,
      'UNSUPPORTED_FILE_TYPE',
      `请上传 Word 文档（.docx）；按文件内容识别，可上传的类型：${allowedTypesText(['docx'])}`,
    );
  }
  let fields: unknown;
  try {
    fields = form.fields ? JSON.parse(form.fields) : undefined;
  } catch {
    throw badRequest('表单字段 fields 不是合法的 JSON');
  }
  const text = await poolFor(deps.config).extractText(file);
  const parsed = preReviewBody.safeParse({ kind: form.kind, text, fields });
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => ({
      path: i.path.join('.'),
      message: i.message,
    }));
    throw badRequest(
      `请求参数有误：${details.map((d) => `${d.path} ${d.message}`).join('；')}`,
      details,
    );
  }
  return { text, ...(await runPreReview(deps, ctx, parsed.data)) };
}

/** The rule catalogue, the fair-competition checklist and the thresholds, for the UI. */
export function preReviewCatalogue(ctx: RequestContext) {
  authorize(ctx, PERMISSION);
  return {
    rules: [...RULES],
    fairCompetition: {
      standards: [...FCR_STANDARDS],
      exceptions: [...FCR_EXCEPTIONS],
      exceptionConditions: [...FCR_EXCEPTION_CONDITIONS],
    },
    thresholds: [...THRESHOLD_SETTINGS],
  };
}
