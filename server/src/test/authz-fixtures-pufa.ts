import type { Fixture } from './authz-fixtures.js';
import type { RecordKind } from './authz-matrix.js';
import type { TestServer } from './test-env.js';

/**
 * A question, two quizzes and two pieces of the clerk's town, made through the API: one quiz left unopened
 * (the staff routes, open and close among them) and one open for answers (the portal's routes); one
 * piece a draft, one published.
 */
export async function pufaRecords(
  s: TestServer,
  clerkName: string,
): Promise<Partial<Record<RecordKind, Fixture>>> {
  const clerk = await s.as(clerkName);
  const made = async (path: string, body: object) => {
    const res = await clerk.post(path, body);
    if (res.status !== 201 && res.status !== 200)
      throw new Error(`fixture ${path}: ${res.status} ${JSON.stringify(res.json)}`);
    return res.json.id as string;
  };
  const question = await made('/api/v1/pufa/questions', {
    topic: '矩阵',
    kind: 'judge',
    stem: '矩阵测试题',
    answer: [0],
    explanation: '矩阵',
    basis: '矩阵',
  });
  const quizBody = {
    title: '矩阵竞赛',
    intro: '矩阵',
    topic: '矩阵',
    questionCount: 1,
    pointsPerQuestion: 10,
    timeLimitSeconds: 600,
    attemptsPerDay: 3,
    smsRequired: false,
    targetPopulation: 100,
    targetLabel: '矩阵',
    opensOn: '2024-01-01',
    closesOn: '2099-12-31',
  };
  const quiz = await made('/api/v1/pufa/quizzes', quizBody);
  const open = await made('/api/v1/pufa/quizzes', quizBody);
  await made(`/api/v1/pufa/quizzes/${open}/open`, {});
  const piece = {
    kind: 'article',
    title: '矩阵',
    topic: '矩阵',
    audience: 'public',
    department: '矩阵',
    body: '矩阵',
  };
  const content = await made('/api/v1/pufa/contents', piece);
  const published = await made('/api/v1/pufa/contents', piece);
  await made(`/api/v1/pufa/contents/${published}/publish`, { publishedOn: '2024-11-20' });
  const q = s.deps.db.kysely;
  const { path } = await q
    .selectFrom('pufaQuizzes')
    .innerJoin('orgs', 'orgs.id', 'pufaQuizzes.orgId')
    .select('orgs.path')
    .where('pufaQuizzes.id', '=', quiz)
    .executeTakeFirstOrThrow();
  return {
    pufaQuestion: { params: { id: question }, orgPath: path },
    pufaQuiz: { params: { id: quiz }, orgPath: path },
    pufaOpenQuiz: { params: { id: open }, orgPath: path },
    pufaContent: { params: { id: content }, orgPath: path },
    pufaPublishedContent: { params: { id: published }, orgPath: path },
  };
}
