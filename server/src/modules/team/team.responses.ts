import { z } from 'zod';
import {
  DEGREE_KEYS,
  SERVICE_KIND_KEYS,
  SHUFA_FORM_KEYS,
  STUDY_KIND_KEYS,
  TEAM_ROLE_KEYS,
} from './team.vocabulary.js';

/** Response shapes of the 法治队伍与学法述法 endpoints (documented in OpenAPI from here). */

const labels = z.record(z.string(), z.string());
const n = z.string().nullable();

export const createdOut = z.object({ id: z.string() });

export const vocabularyOut = z.object({
  roles: labels,
  degrees: labels,
  studyKinds: labels,
  serviceKinds: labels,
  shufaForms: labels,
});

export const membersOut = z.object({
  year: z.number(),
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      post: z.string(),
      roles: z.array(z.object({ key: z.enum(TEAM_ROLE_KEYS), label: z.string() })),
      townStaff: z.boolean(),
      degree: z.enum(DEGREE_KEYS),
      degreeLabel: z.string(),
      lawMajor: z.boolean(),
      legalQualification: z.boolean(),
      qualificationNo: n.describe('乡镇以上查看时不提供'),
      joinedOn: z.string(),
      leftOn: n,
      trainingHours: z.number().describe('当年培训学时'),
      certificates: z.array(
        z.object({
          kind: z.string(),
          certNo: z.string(),
          issuedOn: z.string(),
          expiresOn: z.string(),
          valid: z.boolean(),
        }),
      ),
    }),
  ),
});

export const contractsOut = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      firm: z.string(),
      teamName: z.string(),
      lawyers: z.array(z.string()),
      scope: z.string(),
      startsOn: z.string(),
      endsOn: z.string(),
      services: z.number(),
      serviceHours: z.number(),
      logs: z.array(
        z.object({
          contractId: z.string(),
          kind: z.enum(SERVICE_KIND_KEYS),
          kindLabel: z.string(),
          servedOn: z.string(),
          summary: z.string(),
          minutes: z.number(),
        }),
      ),
    }),
  ),
});

export const plansOut = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      orgId: z.string(),
      year: z.number(),
      title: z.string(),
      topics: z.array(z.string()),
      createdAt: z.string(),
    }),
  ),
});

export const sessionsOut = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      planId: n,
      kind: z.enum(STUDY_KIND_KEYS),
      kindLabel: z.string(),
      heldOn: z.string(),
      title: z.string(),
      lecturer: n,
      attendees: z.array(z.string()),
      absentees: z.array(z.string()),
      materials: z.array(z.string()),
      attendanceRate: z.number().describe('出勤率（%）'),
    }),
  ),
});

export const shufaOut = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      year: z.number(),
      reporter: z.string(),
      reporterPost: z.string(),
      heldOn: z.string(),
      form: z.enum(SHUFA_FORM_KEYS),
      formLabel: z.string(),
      summary: z.string(),
      scores: z.array(z.object({ panelist: z.string(), score: z.number() })),
      average: z.number(),
      trimmedAverage: z.number().nullable().describe('五人以上评议时去掉最高分和最低分的平均分'),
    }),
  ),
});

const figure = z.object({ value: z.number(), definition: z.string() });

export const statsOut = z.object({
  year: z.number(),
  town: z.string(),
  study: z.object({
    thematicSessions: figure,
    preMeetingSessions: figure,
    shufaReports: figure,
  }),
  team: z.object({
    lawMasterReviewers: figure,
    lawBachelors: figure,
    legalQualified: figure,
    adviserTeams: figure,
    trainingHours: figure,
  }),
});
