import { ADOPTIONS, type Adoption } from './decisions.vocabulary.js';

/** One comment as the summary needs it. */
interface CommentCount {
  articleId: string | null;
  adoption: Adoption | null;
  n: number;
}

interface ArticleRef {
  id: string;
  heading: string;
}

/**
 * 采纳情况 (条例 第二十九条、第三十二条): the published comments by article and by answer, from grouped counts
 * (one row per article and answer), so ten thousand comments summarise as fast as ten.
 */
export function adoptionSummary(articles: readonly ArticleRef[], counts: readonly CommentCount[]) {
  const zero = () => ({ adopted: 0, partly: 0, not_adopted: 0, unanswered: 0, total: 0 });
  const byArticle = new Map<string | null, ReturnType<typeof zero>>();
  const total = zero();
  for (const c of counts) {
    const row = byArticle.get(c.articleId) ?? zero();
    const key = c.adoption ?? 'unanswered';
    row[key] += c.n;
    row.total += c.n;
    total[key] += c.n;
    total.total += c.n;
    byArticle.set(c.articleId, row);
  }
  const lines = [
    ...articles.map((a) => ({
      articleId: a.id,
      heading: a.heading,
      ...(byArticle.get(a.id) ?? zero()),
    })),
    ...(byArticle.has(null)
      ? [{ articleId: null, heading: '总体意见', ...byArticle.get(null)! }]
      : []),
  ].filter((l) => l.total > 0);
  const text =
    total.total === 0
      ? '征求意见期间未收到公众意见。'
      : `共收到公众意见 ${total.total} 条，其中${ADOPTIONS.adopted} ${total.adopted} 条、${ADOPTIONS.partly} ${total.partly} 条、${ADOPTIONS.not_adopted} ${total.not_adopted} 条${total.unanswered ? `，尚未答复 ${total.unanswered} 条` : ''}。`;
  return { ...total, articles: lines, text };
}
