import { isoDate } from '@fazhi/shared';
import { z } from 'zod';
import { townFilter } from '../orgs/orgs.public.js';
import {
  DEGREE_KEYS,
  SERVICE_KIND_KEYS,
  SHUFA_FORM_KEYS,
  STUDY_KIND_KEYS,
  TEAM_ROLE_KEYS,
} from './team.vocabulary.js';

const text = (label: string, max: number) =>
  z.string().trim().min(1, `请填写${label}`).max(max, `${label}不超过${max}字`).describe(label);
const names = (label: string, min = 0) =>
  z.array(text(label, 40)).min(min, `请填写${label}`).max(200).describe(label);

export const idParams = z
  .object({ id: z.string().uuid('编号格式有误').describe('记录编号') })
  .strict();

export const memberBody = z
  .object({
    userId: z.string().uuid('账号编号格式有误').optional().describe('本人账号（有执法证的须关联）'),
    name: text('姓名', 20),
    post: text('职务', 40),
    roles: z.array(z.enum(TEAM_ROLE_KEYS)).min(1, '请选择至少一项职责').describe('职责'),
    townStaff: z.boolean().describe('机关干部（否：外聘法律顾问等）'),
    degree: z.enum(DEGREE_KEYS).describe('最高学位'),
    lawMajor: z.boolean().describe('学位为法学'),
    legalQualification: z.boolean().describe('持有法律职业资格证书'),
    qualificationNo: text('法律职业资格证书编号', 40).optional(),
    joinedOn: isoDate.describe('加入队伍日期'),
  })
  .strict();

export const leaveBody = z.object({ leftOn: isoDate.describe('离开队伍日期') }).strict();

export const trainingBody = z
  .object({
    heldOn: isoDate.describe('培训日期'),
    title: text('培训名称', 80),
    minutes: z
      .number()
      .int()
      .min(10)
      .max(60 * 24 * 10)
      .describe('学时（分钟）'),
  })
  .strict();

export const contractBody = z
  .object({
    firm: text('律师事务所', 60),
    teamName: text('顾问团队', 40),
    lawyers: names('律师', 1),
    scope: text('服务范围', 300),
    startsOn: isoDate.describe('服务期起'),
    endsOn: isoDate.describe('服务期止'),
  })
  .strict()
  .refine((b) => b.endsOn >= b.startsOn, { message: '服务期止不能早于起', path: ['endsOn'] });

export const serviceLogBody = z
  .object({
    servedOn: isoDate.describe('服务日期'),
    kind: z.enum(SERVICE_KIND_KEYS).describe('服务类型'),
    summary: text('服务内容', 300),
    minutes: z
      .number()
      .int()
      .min(10)
      .max(60 * 24)
      .describe('时长（分钟）'),
  })
  .strict();

export const planBody = z
  .object({
    year: z.number().int().min(2000).max(2100).describe('年度'),
    title: text('学法计划名称', 60),
    topics: names('学法清单（应知应会）', 1),
  })
  .strict();

export const sessionBody = z
  .object({
    planId: z.string().uuid('学法计划编号格式有误').optional().describe('所属学法计划'),
    kind: z.enum(STUDY_KIND_KEYS).describe('会前学法 / 专题法治学习会 / 日常学法'),
    heldOn: isoDate.describe('学习日期'),
    title: text('学习主题', 80),
    lecturer: text('主讲人', 40).optional(),
    attendees: names('参加人员', 1),
    absentees: names('缺席人员及原因'),
    materials: names('学习材料'),
  })
  .strict();

export const shufaBody = z
  .object({
    year: z.number().int().min(2000).max(2100).describe('述法年度'),
    reporter: text('述法人', 20),
    reporterPost: text('职务', 40),
    heldOn: isoDate.describe('述法日期'),
    form: z.enum(SHUFA_FORM_KEYS).describe('现场述法 / 书面述法'),
    summary: text('述法要点', 1000),
    scores: z
      .array(
        z
          .object({
            panelist: text('评议人', 40),
            score: z.number().min(0).max(100).describe('评分（百分制）'),
          })
          .strict(),
      )
      .min(1, '请录入评议人评分')
      .max(50)
      .describe('评议打分'),
  })
  .strict();

export const yearQuery = z
  .object({
    year: z.coerce.number().int().min(2000).max(2100).describe('年度'),
    orgId: townFilter,
  })
  .strict();

export const listQuery = z
  .object({
    year: z.coerce.number().int().min(2000).max(2100).optional().describe('年度'),
    orgId: townFilter,
  })
  .strict();
