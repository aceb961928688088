import type { Outcome } from '../outcomes.js';
import type {
  ApplicantKind,
  Channel,
  ConsultationKind,
  ConsultationOpinion,
} from '../vocabulary.js';

/**
 * The shape of the disclosure demo's plan (see demo-plan.ts) and its applicants. Names, ID and phone
 * numbers are fictitious.
 */
export type Step =
  | { at: string; do: 'accept' }
  | { at: string; do: 'correction'; items: string }
  | { at: string; do: 'corrected'; text: string }
  | { at: string; do: 'close_correction' }
  | { at: string; do: 'consult'; kind: ConsultationKind; party: string; matter: string }
  | { at: string; do: 'answer'; opinion: ConsultationOpinion; note?: string }
  | { at: string; do: 'extend'; days: number; reason: string }
  | { at: string; do: 'explain'; reason: string }
  | { at: string; do: 'fee'; pages: number; reason: string }
  | { at: string; do: 'paid' }
  | { at: string; do: 'close_fee' }
  | { at: string; do: 'redact'; names: string[] }
  | {
      at: string;
      do: 'reply';
      outcome: Outcome;
      reasons?: string;
      details?: string;
      competentBody?: { name: string; contact: string };
    };

export interface Applicant {
  kind: ApplicantKind;
  name: string;
  /** Persons: the 17 digits before the check character; organisations: the 17 characters of the credit code. */
  id17: string;
  phone: string;
  contact?: string;
}

export interface PlanEntry {
  who: Applicant;
  channel: Channel;
  received: string;
  description: string;
  steps: Step[];
}

const P = (name: string, id17: string, phone: string): Applicant => ({
  kind: 'natural_person',
  name,
  id17,
  phone,
});
const O = (
  kind: ApplicantKind,
  name: string,
  id17: string,
  phone: string,
  contact: string,
): Applicant => ({ kind, name, id17, phone, contact });

export const zhou = P('周建国', '33028219650411003', '13806741021');
export const xu = P('徐美芳', '33028219780923004', '13906742132');
export const shen = P('沈立军', '33028219820105005', '13738413243');
export const hu = P('胡晓燕', '33028219900716006', '15867414354');
export const lu = P('陆国强', '33028219581230007', '13586745465');
export const ye = P('叶红', '33028219880302008', '18957436576');
export const mao = P('毛伟东', '33028219750619009', '13867487687');
export const tang = P('汤丽娟', '33028219930828010', '15968498798');
export const wujin = O(
  'commercial',
  '慈溪市桥头镇宏达五金制品有限公司',
  '91330282MA2AJ8WQ7',
  '057463321001',
  '吴经理',
);
export const fengyuan = O(
  'commercial',
  '宁波丰源农业开发有限公司',
  '91330282MA2CK3P15',
  '057463321002',
  '钱总',
);
export const institute = O(
  'research',
  '宁波大学农村发展研究所',
  '12330200MB0D45671',
  '057487600001',
  '孙老师',
);
export const charity = O(
  'public_interest',
  '慈溪市慈善总会桥头分会',
  '53330282MJ8988876',
  '057463321003',
  '郑秘书长',
);
export const lawfirm = O(
  'legal_service',
  '浙江明法律师事务所',
  '31330000MD0123456',
  '057487601234',
  '林律师',
);
export const lawfirm2 = O(
  'legal_service',
  '慈溪市桥头法律服务所',
  '32330282MD0654321',
  '057463321004',
  '方主任',
);
export const group = O(
  'other',
  '桥头镇五丰村第三村民小组',
  '54330282MF0123457',
  '13857400123',
  '组长陈根宝',
);
