import { CLOCK_STATUS_LABELS, type ClockStatus } from '@fazhi/shared';
import { maskIdNumber, maskPhone } from '../../../core/crypto/mask.js';
import type { Secrets } from '../../../core/crypto/secrets.js';
import { OUTCOMES } from './outcomes.js';
import { REDACTION_GROUNDS, type RedactionGround } from './redaction-grounds.js';
import type {
  DisclosureConsultationsTable,
  DisclosureRedactionsTable,
  DisclosureRequestDocumentsTable,
  DisclosureRequestsTable,
} from './request.tables.js';
import { REQUEST_STATES } from './request.workflow.js';
import {
  APPLICANT_KINDS,
  CHANNELS,
  CONSULTATION_KINDS,
  CONSULTATION_OPINIONS,
  DELIVERIES,
  DOCUMENT_KINDS,
  FEE_METHODS,
  FORMS,
  ID_TYPES,
} from './vocabulary.js';

/** How applications look to staff: labels beside codes, personal data masked, clocks with their traffic light. */

/** One row of the queue (and of the XLSX ledger). */
export function presentListItem(
  r: DisclosureRequestsTable,
  clock: { status: ClockStatus; daysLeft: number | null; dueDate: string } | null,
) {
  return {
    id: r.id,
    trackingCode: r.trackingCode,
    state: r.state,
    stateLabel: REQUEST_STATES[r.state],
    channel: r.channel,
    channelLabel: CHANNELS[r.channel],
    applicantKind: r.applicantKind,
    applicantKindLabel: APPLICANT_KINDS[r.applicantKind],
    applicantName: r.applicantName,
    description: r.description.length > 80 ? `${r.description.slice(0, 80)}…` : r.description,
    submittedOn: r.submittedOn,
    receivedOn: r.receivedOn,
    replyDueOn: clock?.dueDate ?? null,
    clockStatus: clock?.status ?? null,
    clockStatusLabel: clock ? CLOCK_STATUS_LABELS[clock.status] : null,
    daysLeft: clock?.daysLeft ?? null,
    outcome: r.outcome,
    outcomeLabel: r.outcome ? OUTCOMES[r.outcome].label : null,
    outcomeOn: r.outcomeOn,
    replyNumber: r.replyNumber,
  };
}

export function presentApplicant(secrets: Secrets, r: DisclosureRequestsTable) {
  return {
    applicantKind: r.applicantKind,
    applicantKindLabel: APPLICANT_KINDS[r.applicantKind],
    applicantName: r.applicantName,
    idType: r.idType,
    idTypeLabel: ID_TYPES[r.idType],
    idNumberMasked: maskIdNumber(secrets.decrypt(r.idNumberEnc)),
    phoneMasked: maskPhone(secrets.decrypt(r.phoneEnc)),
    contactPerson: r.contactPerson,
    address: r.address,
    email: r.email,
  };
}

export function presentChildren(
  docs: DisclosureRequestDocumentsTable[],
  consultations: DisclosureConsultationsTable[],
  redactions: DisclosureRedactionsTable[],
) {
  return {
    documents: docs.map((d) => ({
      id: d.id,
      kind: d.kind,
      kindLabel: DOCUMENT_KINDS[d.kind],
      title: d.title,
      docNumber: d.docNumber,
      fileId: d.fileId,
      visibleToApplicant: d.visibleToApplicant === 1,
      createdAt: d.createdAt,
    })),
    consultations: consultations.map((c) => ({
      id: c.id,
      kind: c.kind,
      kindLabel: CONSULTATION_KINDS[c.kind],
      partyName: c.partyName,
      matter: c.matter,
      sentOn: c.sentOn,
      dueOn: c.dueOn,
      answeredOn: c.answeredOn,
      opinion: c.opinion,
      opinionLabel: c.opinion ? CONSULTATION_OPINIONS[c.opinion] : null,
      opinionNote: c.opinionNote,
    })),
    redactions: redactions.map((x) => ({
      id: x.id,
      method: x.method,
      originalFileId: x.originalFileId,
      releasedFileId: x.releasedFileId,
      grounds: x.grounds,
      items: (
        JSON.parse(x.items) as {
          kind: string;
          ground: RedactionGround;
          count: number;
          samples: string[];
        }[]
      ).map((i) => ({ ...i, groundLabel: REDACTION_GROUNDS[i.ground].label })),
      createdAt: x.createdAt,
    })),
  };
}

export function presentProgress(r: DisclosureRequestsTable) {
  return {
    formWanted: r.formWanted,
    formLabel: FORMS[r.formWanted],
    delivery: r.delivery,
    deliveryLabel: DELIVERIES[r.delivery],
    dates: {
      submittedOn: r.submittedOn,
      signedOn: r.signedOn,
      arrivedOn: r.arrivedOn,
      confirmedOn: r.confirmedOn,
      receivedOn: r.receivedOn,
    },
    receiptNote: r.receiptNote,
    correction: r.correctionRequestedOn
      ? {
          requestedOn: r.correctionRequestedOn,
          items: r.correctionItems ?? '',
          dueOn: r.correctionDueOn,
          correctedOn: r.correctedOn,
          text: r.correctionText,
        }
      : null,
    extension: r.extensionDays ? { days: r.extensionDays, on: r.extendedOn } : null,
    explanationRequestedOn: r.explanationRequestedOn,
    delayDueOn: r.delayDueOn,
    fee: r.feeMethod
      ? {
          method: r.feeMethod,
          methodLabel: FEE_METHODS[r.feeMethod],
          items: r.feeItems,
          pages: r.feePages,
          amountFen: Number(r.feeAmountFen ?? 0),
          notifiedOn: r.feeNotifiedOn,
          servedOn: r.feeServedOn,
          dueOn: r.feeDueOn,
          paidOn: r.feePaidOn,
          pausedClock: r.feePausedClock === 1,
        }
      : null,
    outcome: r.outcome
      ? {
          key: r.outcome,
          label: OUTCOMES[r.outcome].label,
          row: OUTCOMES[r.outcome].row,
          basis: OUTCOMES[r.outcome].basis,
          on: r.outcomeOn,
          docNumber: r.replyNumber,
          reasons: r.replyReasons,
        }
      : null,
  };
}
