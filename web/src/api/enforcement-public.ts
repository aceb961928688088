import { api } from './client';

/** 行政执法公示 on the portal: the entrustments the town acts under and its published decisions. */

export interface PublicDecision {
  id: string;
  decisionDocNo: string | null;
  title: string;
  fieldLabel: string;
  /** A citizen is named by surname only. */
  partyName: string;
  partyKindLabel: string;
  /** Null once the publication was withdrawn (行政处罚法 第四十八条第二款). */
  penalty: string | null;
  fine: number | null;
  decidedOn: string | null;
  publishedOn: string;
  decidingBody: string;
  withdrawnOn: string | null;
  withdrawalReason: string | null;
}

interface PublicEntrustment {
  id: string;
  entrustingBody: string;
  fields: { key: string; label: string }[];
  powers: string;
  documentNo: string | null;
  startsOn: string;
  endsOn: string;
  /** In force today. */
  current: boolean;
}

const P = '/public/enforcement';

export const enforcementPublicApi = {
  decisions: (page: number, pageSize = 20) =>
    api.get<{ town: string; items: PublicDecision[]; total: number }>(`${P}/decisions`, {
      page,
      pageSize,
    }),
  entrustments: () => api.get<{ town: string; items: PublicEntrustment[] }>(`${P}/entrustments`),
};
