import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './lib/procs.mjs';

/**
 * Published catalogue entries for the portal benchmark, written straight into the database (through
 * the API 100 k entries would take an hour). Each row is what publishing writes: the entry, its row in
 * the portal's public index with search tokens (made here by the server's own tokenizer), and the
 * per-category totals. Titles vary by year, village, category and subject, so a search matches a
 * realistic one or two per cent of the rows, not all or none.
 */

const CATEGORIES = [
  ['regulations', ['规范性文件', '管理办法', '实施细则']],
  ['organization', ['机构职能', '领导分工', '联系方式']],
  ['plans', ['发展规划', '专项规划', '政府工作报告']],
  ['statistics', ['统计公报', '主要经济指标', '人口统计']],
  ['licensing', ['政务服务事项清单', '审批结果公示', '办事指南']],
  ['penalties', ['行政处罚决定', '执法事项目录', '行政强制决定']],
  ['budget', ['财政预算', '财政决算', '三公经费']],
  ['fees', ['收费项目清单', '收费标准', '收费依据']],
  ['procurement', ['政府采购目录', '采购结果公告', '采购意向']],
  ['major_projects', ['重大建设项目', '工程招标结果', '项目实施进度']],
  ['livelihood', ['教育补助申报', '医疗保险参保', '就业援助']],
  ['emergency', ['防汛防台应急预案', '预警信息', '应急响应情况']],
  ['supervision', ['安全生产检查', '食品安全督查', '环境保护检查']],
  ['civil_service', ['公开招聘公告', '拟录用人员公示', '招考职位']],
  ['other_mandatory', ['法治政府建设年度报告', '政府信息公开年度报告', '建议提案办理结果']],
  ['agri_policy', ['农业产业化项目申报', '耕地地力保护补贴', '农机购置补贴']],
  ['irrigation', ['农田水利设施维修', '小型水库安全运行', '灌溉工程建设']],
  ['land_transfer', ['土地承包经营权流转', '土地流转价格', '流转合同备案']],
  ['homestead', ['宅基地审批结果', '宅基地使用情况审核', '农房建设审批']],
  ['land_expropriation', ['土地征收公告', '征地补偿安置方案', '征收土地预公告']],
  ['house_expropriation', ['房屋征收补偿方案', '房屋征收决定', '旧村改造安置']],
  ['fundraising_labor', ['一事一议筹资筹劳', '村级公益事业建设', '筹资方案审核']],
  ['social_assistance', ['最低生活保障对象公示', '临时救助', '特困人员供养']],
];
const PLACES = [
  '全镇',
  '小桥头村',
  '上林湖村',
  '五丰村',
  '五姓村',
  '毛三斢村',
  '丰潭村',
  '烟墩村',
  '潭河沿村',
  '小桥头居委会',
];
const PERIODS = ['第一季度', '第二季度', '第三季度', '第四季度', '上半年', '年度'];

/** The query the benchmark searches for, and why it is representative. */
export const SEARCH_QUERY = '征收补偿';
export const SEARCH_NOTE = `search "${SEARCH_QUERY}" (two terms, both required, each a phrase of character pairs)`;

const q = (/** @type {string | null} */ v) =>
  v === null ? 'NULL' : `'${String(v).replaceAll("'", "''")}'`;
const pad = (/** @type {number} */ n, w = 2) => String(n).padStart(w, '0');

/**
 * Adds entries until the town has `target` benchmark entries; returns how many were added.
 * @param {import('./lib/engines.mjs').Engine} engine
 * @param {number} target
 */
export async function seedPortalEntries(engine, target) {
  const { portalTokens } = await import(
    pathToFileURL(path.join(ROOT, 'server/dist/modules/disclosure/proactive/portal-search.js')).href
  );
  return engine.withSql(async (sql) => {
    const [town] = await sql.all(`SELECT id, code FROM orgs WHERE code = '330282109000'`);
    const [author] = await sql.all(`SELECT id FROM users WHERE username = 'clerk'`);
    if (!town || !author)
      throw new Error('演示数据缺失：服务器首次启动时应以 FAZHI_DEMO=1 载入演示数据');
    const [{ n }] = await sql.all(
      `SELECT count(*) AS n FROM disclosure_items WHERE index_no LIKE '%-B%'`,
    );
    const have = Number(n);
    const batch = 1000;
    for (let from = have; from < target; from += batch) {
      const items = [];
      const index = [];
      for (let i = from; i < Math.min(target, from + batch); i++) {
        const [category, subjects] = /** @type {[string, string[]]} */ (
          CATEGORIES[i % CATEGORIES.length]
        );
        const year = 2015 + (i % 10);
        const place = /** @type {string} */ (PLACES[(i * 7) % PLACES.length]);
        const subject = /** @type {string} */ (subjects[(i >> 3) % subjects.length]);
        const title = `${place}${year}年${PERIODS[(i >> 5) % PERIODS.length]}${subject}（第${(i % 97) + 1}批）`;
        const summary = `${place}${subject}的依据、范围、标准和办理情况，接受群众监督。`;
        const created = `${year}-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}`;
        const id = `00000000-0000-7000-b000-${i.toString(16).padStart(12, '0')}`;
        const indexNo = `${town.code}/${year}-B${pad(i, 6)}`;
        const at = `${created}T02:00:00.000Z`;
        items.push(
          `(${q(id)}, ${q(town.id)}, ${q(town.id)}, ${q(indexNo)}, 'information', ${q(category)}, ${q(title)}, ${q(summary)}, ${q(summary)}, '桥头镇人民政府', 'proactive', ${q(created)}, 'published', ${q(author.id)}, ${q(at)}, ${q(created)}, ${q(at)}, ${q(at)})`,
        );
        index.push(
          `(${q(id)}, ${q(town.id)}, ${q(category)}, 'information', ${q(indexNo)}, ${q(title)}, ${q(summary)}, '桥头镇人民政府', NULL, ${q(created)}, ${q(created)}, ${q(at)}, NULL, ${q(portalTokens(`${title} ${summary}`, { townId: town.id, category }))})`,
        );
      }
      await sql.exec(`BEGIN;
        INSERT INTO disclosure_items (id, org_id, town_id, index_no, kind, category, title, summary, body, publisher_name, publish_mode, created_on, status, author_id, published_at, published_on, created_at, updated_at) VALUES ${items.join(',\n')};
        INSERT INTO disclosure_public_index (item_id, town_id, category, kind, index_no, title, summary, publisher_name, doc_number, created_on, published_on, published_at, abolished_on, tokens) VALUES ${index.join(',\n')};
        COMMIT;`);
    }
    // The totals the portal pages with, as publishing keeps them.
    await sql.exec(`BEGIN; DELETE FROM disclosure_public_counts WHERE town_id = ${q(town.id)};
      INSERT INTO disclosure_public_counts (town_id, category, n) SELECT town_id, category, count(*) FROM disclosure_public_index WHERE town_id = ${q(town.id)} GROUP BY town_id, category; COMMIT;`);
    await sql.exec('ANALYZE');
    return { added: Math.max(0, target - have), townId: /** @type {string} */ (town.id) };
  });
}
