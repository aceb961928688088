/**
 * The statutes Fazhi cites, each once: the name as cited, the version the rules were written against
 * (the date in the shared/laws file name), and its text files there — none when the text is not in
 * shared/laws, so its citations are not checked against a text ([U]). A revision changes the entry here
 * and the citation test then checks every cited article against the new text.
 */
interface Statute {
  /** The name as cited, without 中华人民共和国; 〈〉 for a law named inside another's title. */
  name: string;
  version: string | null;
  /** Files in shared/laws holding the text. */
  files: readonly string[];
}

const inLaws = (name: string, version: string): Statute => ({
  name,
  version,
  files: [`${name.replace(/〈/g, '《').replace(/〉/g, '》')}(${version}).md`],
});
const notInLaws = (name: string): Statute => ({ name, version: null, files: [] });

export const STATUTES: readonly Statute[] = [
  inLaws('政府信息公开条例', '2019-04-03'),
  inLaws('重大行政决策程序暂行条例', '2019-04-20'),
  inLaws('宁波市法治乡村建设促进条例', '2021-04-08'),
  inLaws('法律援助法', '2021-08-20'),
  inLaws('浙江省法律援助条例', '2016-09-29'),
  inLaws('村民委员会组织法', '2018-12-29'),
  inLaws('浙江省实施〈村民委员会组织法〉办法', '2020-07-31'),
  inLaws('公平竞争审查条例', '2024-06-06'),
  inLaws('浙江省农村集体资产管理条例', '2020-09-24'),
  inLaws('农村集体经济组织法', '2024-06-28'),
  inLaws('农村土地承包法', '2018-12-29'),
  inLaws('土地管理法', '2019-08-26'),
  inLaws('妇女权益保障法', '2022-10-30'),
  inLaws('义务教育法', '2018-12-29'),
  inLaws('行政处罚法', '2021-01-22'),
  inLaws('行政强制法', '2011-06-30'),
  inLaws('行政复议法', '2023-09-01'),
  inLaws('行政诉讼法', '2017-06-27'),
  inLaws('最高人民法院关于适用〈行政诉讼法〉的解释', '2018-02-06'),
  inLaws('民事诉讼法', '2023-09-01'),
  inLaws('政府采购法', '2014-08-31'),
  inLaws('招标投标法', '2017-12-27'),
  inLaws('信访工作条例', '2022-02-25'),
  inLaws('浙江省综合行政执法条例', '2021-11-25'),
  inLaws('食品安全法', '2021-04-29'),
  inLaws('安全生产法', '2021-06-10'),
  inLaws('消防法', '2021-04-29'),
  inLaws('食品安全法实施条例', '2019-10-11'),
  inLaws('人民调解法', '2010-08-28'),
  inLaws('宁波市人民调解条例', '2015-04-13'),
  // 民法典 is kept in shared/laws by book; its article numbers run through the whole code.
  { name: '民法典', version: '2020-05-28', files: ['总则.md', '物权编.md', '合同编.md'] },
  notInLaws('全国年节及纪念日放假办法'),
  notInLaws('政府信息公开信息处理费管理办法'),
  notInLaws('统计法'),
  notInLaws('刑法'),
  notInLaws('国有土地上房屋征收与补偿条例'),
  notInLaws('必须招标的工程项目规定'),
  notInLaws('最高人民法院关于审理行政协议案件若干问题的规定'),
  notInLaws('最高人民法院关于适用〈仲裁法〉若干问题的解释'),
];

export const statuteOf = (name: string): Statute | undefined =>
  STATUTES.find((s) => s.name === name);
