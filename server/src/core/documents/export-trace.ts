import type { FastifyReply } from 'fastify';
import type { RequestContext } from '../authz/actor.js';
import type { Deps } from '../deps.js';
import { mutation } from '../mutation.js';
import { sendXlsx, type XlsxExport } from './xlsx-export.js';

/** How an export that contains personal data is named in the trail. */
interface ExportTrace {
  /** Past tense `domain.entity.verb`, e.g. `disclosure.request.ledger_exported`. */
  action: string;
  /** What was exported, as users see it: 依申请公开登记台账. */
  what: string;
  /** The list's filters as the caller sent them (empty values left out). */
  filter: object;
}

/**
 * Sends an XLSX that holds personal data (names, phones, ID numbers, addresses) and records it in the
 * trail — who (the request's actor), what, with which filter, how many rows — once every row is
 * written and before the download ends: an export the trail cannot record is aborted, never delivered
 * untraced (等保 2.0 三级: 个人信息的导出留痕).
 */
export function sendTracedXlsx<R>(
  deps: Deps,
  ctx: RequestContext,
  reply: FastifyReply,
  spec: XlsxExport<R>,
  trace: ExportTrace,
): FastifyReply {
  const filter = Object.fromEntries(
    Object.entries(trace.filter).filter(([, v]) => v !== undefined && v !== null && v !== ''),
  );
  return sendXlsx(reply, spec, async (rows) => {
    await mutation(deps, ctx, async (m) =>
      m.audit({
        action: trace.action,
        targetType: 'export',
        meta: { what: trace.what, filename: spec.filename, filter, rows },
      }),
    );
  });
}
