import type { LedgerRow } from './case-ledger.schema.js';
import type { EnforcementCasesTable } from './enforcement.tables.js';

/**
 * A concluded past case as the town's ledger records it: 结案 on the ledger's day, with the papers the
 * ledger names (so the 案卷评查 lists what the ledger does not), and no officers or files of the platform.
 * Its decision is taken to have social impact (art 48 ¶1) unless the ledger says 否.
 */
export function importedCase(
  v: LedgerRow,
  k: {
    id: string;
    orgId: string;
    townId: string;
    entrustmentId: string | null;
    by: string | null;
    at: string;
    day: string;
  },
): EnforcementCasesTable {
  return {
    id: k.id,
    orgId: k.orgId,
    townId: k.townId,
    caseNo: v.caseNo,
    title: v.title,
    field: v.field,
    authorityBasis: v.basis,
    entrustmentId: k.entrustmentId,
    partyName: v.partyName,
    partyKind: v.partyKind,
    partyAddress: null,
    facts: v.facts,
    major: 0,
    status: 'closed',
    clueOn: v.filedOn,
    officerIds: '[]',
    filedOn: v.filedOn,
    investigatedOn: null,
    proposedFine: null,
    noticedOn: null,
    noticeDocNo: v.noticeDocNo ?? null,
    noticeFileId: null,
    hearingRequestedOn: null,
    heardOn: null,
    legalReviewedOn: null,
    legalReviewOpinion: null,
    discussedOn: null,
    extensionDays: 0,
    extensionReason: null,
    extensionApprover: null,
    decidedOn: v.decidedOn,
    fine: v.fine ?? null,
    penalty: v.penalty,
    decisionDocNo: v.decisionDocNo,
    decisionFileId: null,
    servedOn: null,
    paidOn: v.paidOn ?? null,
    closedOn: v.closedOn,
    endingReason: null,
    procedure: 'general',
    reportedOn: null,
    collectedOn: null,
    collectionGround: null,
    receiptNo: null,
    handedOverOn: null,
    urgedOn: null,
    urgeDocNo: null,
    urgeFileId: null,
    courtAppliedOn: null,
    courtName: null,
    surchargeFen: null,
    publishable: v.publishable === 'no' ? 0 : 1,
    publishedOn: null,
    decisionChangedOn: null,
    publicationWithdrawnOn: null,
    publicationWithdrawalReason: null,
    importedOn: k.day,
    decisionClockId: null,
    serviceClockId: null,
    publicationClockId: null,
    paymentClockId: null,
    reportClockId: null,
    createdBy: k.by,
    createdAt: k.at,
    updatedAt: k.at,
  };
}
