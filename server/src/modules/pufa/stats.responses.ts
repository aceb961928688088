import { z } from 'zod';

/** Response shape of the 普法 year's figures (documented in OpenAPI from here). */
export const pufaStatsOut = z.object({
  year: z.number(),
  town: z.string(),
  content: z.object({
    byKind: z.array(z.object({ kind: z.string(), label: z.string(), published: z.number() })),
    views: z.number(),
    participants: z.number(),
    definition: z.string().describe('统计口径'),
  }),
  villageLeaders: z.object({
    legalUnderstanding: z.number().describe('法律明白人'),
    ruleOfLawLeaders: z.number().describe('法治带头人'),
    villages: z.number(),
    basis: z.string(),
  }),
  quizzes: z.object({
    count: z.number(),
    attempts: z.number(),
    participants: z.number(),
    items: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        opensOn: z.string(),
        closesOn: z.string(),
        attempts: z.number(),
        participants: z.number(),
        targetPopulation: z.number(),
        participationRate: z.number().nullable(),
        participationDefinition: z.string(),
      }),
    ),
  }),
});
