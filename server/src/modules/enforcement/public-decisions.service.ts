import { sql } from 'kysely';
import { maskName } from '../../core/crypto/mask.js';
import type { Deps } from '../../core/deps.js';
import { notFound } from '../../core/errors.js';
import { offsetOf } from '../../core/http/paging.js';
import { findOrgByCode, issuingAuthority } from '../orgs/orgs.public.js';
import { ENFORCEMENT_FIELDS, PARTY_KINDS } from './enforcement.vocabulary.js';

/**
 * 行政处罚决定公开 on the portal (行政处罚法 第四十八条): the portal town's published decisions, newest
 * first. A citizen party is named by surname only (个人信息保护); a publication withdrawn after the
 * decision was changed or revoked shows the withdrawal and its reasons instead of the decision.
 */
export async function publicDecisions(deps: Deps, p: { page: number; pageSize: number }) {
  const q = deps.db.kysely;
  const town = await findOrgByCode(q, deps.config.portalTownCode);
  if (!town) throw notFound('本平台尚未设置门户所属乡镇');
  // tenancy: public page of the portal town; only published decisions leave the office
  const base = q
    .selectFrom('enforcementCases')
    .leftJoin(
      'enforcementEntrustments',
      'enforcementEntrustments.id',
      'enforcementCases.entrustmentId',
    )
    .where('enforcementCases.townId', '=', town.id)
    .where('enforcementCases.publishedOn', 'is not', null);
  const [{ n }, rows] = await Promise.all([
    base.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
    base
      .select([
        'enforcementCases.id',
        'enforcementCases.decisionDocNo',
        'enforcementCases.title',
        'enforcementCases.field',
        'enforcementCases.partyName',
        'enforcementCases.partyKind',
        'enforcementCases.penalty',
        'enforcementCases.fine',
        'enforcementCases.decidedOn',
        'enforcementCases.publishedOn',
        'enforcementCases.publicationWithdrawnOn',
        'enforcementCases.publicationWithdrawalReason',
        'enforcementEntrustments.entrustingBody',
      ])
      .orderBy('enforcementCases.publishedOn', 'desc')
      .orderBy('enforcementCases.id', 'desc')
      .limit(p.pageSize)
      .offset(offsetOf(p))
      .execute(),
  ]);
  const own = (await issuingAuthority(q, town.id)).issuer;
  return {
    town: town.name,
    items: rows.map((r) => {
      const withdrawn = r.publicationWithdrawnOn !== null;
      return {
        id: r.id,
        decisionDocNo: r.decisionDocNo,
        title: r.title,
        fieldLabel: ENFORCEMENT_FIELDS[r.field],
        partyName: r.partyKind === 'citizen' ? maskName(r.partyName) : r.partyName,
        partyKindLabel: PARTY_KINDS[r.partyKind],
        penalty: withdrawn ? null : r.penalty,
        fine: withdrawn ? null : r.fine,
        decidedOn: r.decidedOn,
        publishedOn: r.publishedOn,
        decidingBody: r.entrustingBody ?? own,
        withdrawnOn: r.publicationWithdrawnOn,
        withdrawalReason: r.publicationWithdrawalReason,
      };
    }),
    total: Number(n),
    page: p.page,
    pageSize: p.pageSize,
  };
}
