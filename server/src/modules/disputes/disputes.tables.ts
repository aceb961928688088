import type { Flag, Instant, IsoDate } from '../../core/db/schema.js';
import type { DisputeState } from './dispute.workflow.js';
import type { Category, Channel, HandlerKind, Outcome, PartyRole } from './disputes.vocabulary.js';

/** A dispute (纠纷), one code each (一案一编码), on the kernel (dispute.workflow.ts). */
export interface DisputesTable {
  id: string;
  orgId: string;
  townId: string;
  /** 一案一编码: 矛调〔year〕NNNN号, gap-free per town and year. */
  code: string;
  channel: Channel;
  /** The channel's own reference (警情号, 12345 工单号, 法院诉前调解案号 …). */
  channelRef: string | null;
  receivedOn: IsoDate;
  category: Category;
  title: string;
  facts: string;
  /** Sorted party names with the category: equal keys in a town are likely the same dispute. */
  dupKey: string;
  /** The earlier dispute of the same parties and matter found at intake (a warning, not a refusal). */
  duplicateOfId: string | null;
  status: DisputeState;
  handlerKind: HandlerKind | null;
  handlerName: string | null;
  mediatorName: string | null;
  /** The parties chose their mediator (人民调解法 第二十三条). */
  chosenByParties: Flag;
  routedOn: IsoDate | null;
  returnReason: string | null;
  acceptedOn: IsoDate | null;
  limitDays: number | null;
  extensionDays: number;
  dueOn: IsoDate | null;
  /** 信访 only: the 15-day 受理告知 clock from receipt (信访工作条例 第二十三条第二款). */
  acceptanceClockId: string | null;
  /** The mediation (信访: handling) clock from acceptance; `dueOn` mirrors its due date. */
  mediationClockId: string | null;
  /** The 30-day 司法确认 window of a written agreement. */
  confirmationClockId: string | null;
  concludedOn: IsoDate | null;
  outcome: Outcome | null;
  /** Who refused mediation (第十七条), or the agreement's terms, or the routes left (第二十六条). */
  outcomeNote: string | null;
  /** Written agreement: responsibilities and the performance method and deadline (第二十九条). */
  responsibilities: string | null;
  performance: string | null;
  agreementFileId: string | null;
  agreedOn: IsoDate | null;
  confirmationAppliedOn: IsoDate | null;
  confirmationCourt: string | null;
  closedOn: IsoDate | null;
  /** 回访 satisfaction, 1–5. */
  rating: number | null;
  revisitNote: string | null;
  createdBy: string | null;
  createdAt: Instant;
  updatedAt: Instant;
}

/** A party to a dispute; ID number and phone shown in full only to roles that need them. */
export interface DisputePartiesTable {
  id: string;
  disputeId: string;
  orgId: string;
  position: number;
  role: PartyRole;
  name: string;
  idNumber: string | null;
  phone: string | null;
  address: string | null;
}

/** A mediation session (调解工作记录, 人民调解法 第二十七条). */
interface DisputeSessionsTable {
  id: string;
  disputeId: string;
  orgId: string;
  heldOn: IsoDate;
  place: string;
  attendees: string;
  summary: string;
  createdBy: string | null;
  createdAt: Instant;
}

/** A party's signature captured on screen (PNG), linked to the agreement, or a photo of the site. */
interface DisputeAttachmentsTable {
  id: string;
  disputeId: string;
  orgId: string;
  kind: 'signature' | 'site_photo';
  fileId: string;
  /** Signatures: the party (or the mediator) who signed. */
  signer: string | null;
  /** Signatures: the 调解协议书 signed. */
  agreementFileId: string | null;
  note: string | null;
  createdBy: string | null;
  createdAt: Instant;
}

declare module '../../core/db/schema.js' {
  interface Database {
    disputes: DisputesTable;
    disputeParties: DisputePartiesTable;
    disputeSessions: DisputeSessionsTable;
    disputeAttachments: DisputeAttachmentsTable;
  }
}
