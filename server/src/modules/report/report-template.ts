/**
 * The structure of the 法治政府建设 annual report (as 桥头镇's 2024 report): fixed headings, and
 * paragraphs that staff edit, with every figure a placeholder bound to an indicator. The default text
 * is a first draft taken from the 2024 report; staff rewrite it each year.
 */
interface TemplateBlock {
  /** Stable id of an editable paragraph; headings have none. */
  id?: string;
  kind: 'heading1' | 'heading2' | 'paragraph';
  text: string;
}

const p = (id: string, text: string): TemplateBlock => ({ id, kind: 'paragraph', text });
const h1 = (text: string): TemplateBlock => ({ kind: 'heading1', text });
const h2 = (text: string): TemplateBlock => ({ kind: 'heading2', text });

export const REPORT_TEMPLATE: readonly TemplateBlock[] = [
  p(
    'preamble',
    '{{year}}年，本镇坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，落实法治政府建设责任，强化法治意识、法治思维，依法依规推进法治政府建设各项工作，取得良好成效。',
  ),
  h1('一、法治建设工作的主要举措和成效'),
  h2('（一）强化统筹，充分发挥法治保障作用'),
  p(
    'leadership',
    '1.党政主要负责人履职尽责。突出党政主要负责人履行法治建设第一责任人职责，主动部署重要工作、过问重大问题、协调重点环节、督办重要任务。',
  ),
  p(
    'study',
    '2.抓好“关键少数”学法用法。坚持领导班子日常学法、集中学法、年终述法制度，组织召开专题法治学习会{{team.thematicStudySessions}}次，开展领导班子集体述职述法活动。',
  ),
  p(
    'team',
    '3.配备专业法治队伍。配备法学硕士的法治审查员{{team.lawMasterReviewers}}名，拥有法学学士的机关干部{{team.lawBachelorStaff}}名，拥有法律职业资格证的机关干部{{team.qualifiedStaff}}名，专业法律顾问团队{{team.adviserTeams}}个。',
  ),
  h2('（二）提升质效，着力强化依法行政水平'),
  p(
    'review',
    '1.合法性审查工作进一步走深走实。协助乡村振兴领域开展“三清一促”专项行动，完成线下村级合同审查{{review.offlineVillageContracts|余}}件。共在省级平台完成合同类合法性审查{{review.platformContracts}}个、村规民约审查{{review.villageRules}}个、重大行政决策备案审查{{review.majorDecisionFilings}}个，其他事项{{review.otherItems}}个。',
  ),
  p(
    'decisions',
    '2.重大行政决策进一步规范。严格执行重大行政决策程序，认真落实公众参与、专家论证、合法性审查、风险评估等决策环节。今年制定镇重大行政决策事项{{decisions.catalogueDecided}}项，事项完成情况通过政府门户网站向社会公开。',
  ),
  p(
    'enforcement',
    '3.行政执法质效进一步提升。严格开展安全生产和消防安全委托执法工作，累计出具执法决定书{{enforcement.entrustedDecisions}}份，罚没款{{enforcement.entrustedFines|万}}万元。深入开展食品安全专项整治，行政立案{{enforcement.foodCasesFiled}}起，罚没款{{enforcement.foodFines|万}}万元；对辖区内{{enforcement.canteensInspected}}所中小学校食堂开展联合督查。',
  ),
  p(
    'disclosure',
    '4.政务公开工作进一步落实落细。以“公开为常态，不公开为例外”的原则，深化重点领域信息公开，强化热点政策解读，进一步完善依申请公开办理工作流程。',
  ),
  h2('（三）多措并举，不断夯实法治社会基础'),
  p(
    'disputes',
    '1.纵深推进矛盾纠纷化解法治化。截至报告截止日，行政诉讼发案量{{litigation.lawsuitsFiled}}件，行政复议纠错案件{{litigation.corrections}}件。实现{{disputes.townShare}}%的非警务类纠纷在镇矛调中心化解，案件及时办结率达到{{disputes.onTime}}%、关闭率达到{{disputes.closure}}%。对法院下派的案件进行诉前调解，已化解{{disputes.precourtSuccesses}}件，诉前调解成功率达{{disputes.precourtSuccessRate}}%，成功化解各类矛盾纠纷{{disputes.agreements}}起。',
  ),
  p(
    'business',
    '2.持续优化小微企业法治营商环境。依托公共法律服务站、新时代法治实践站等阵地做实靠前治理，今年来涉企警情同比下降{{entered.enterpriseIncidentsDecline}}%，涉企纠纷同比下降{{entered.enterpriseDisputesDecline}}%。',
  ),
  p(
    'pufa',
    '3.多方面营造浓厚法治宣传氛围。实现线上线下相互融合，举办全民反诈反邪知识竞赛，辖区内刑事案件、行政案件发案率同比分别下降{{entered.criminalRateDecline}}%、{{entered.administrativeRateDecline}}%，电信网络诈骗发案率、案损值同比分别下降{{entered.fraudRateDecline}}%、{{entered.fraudLossDecline}}%。',
  ),
  p(
    'legalServices',
    '4.强化公共法律服务供给。推行“家门口”公共法律服务模式，今年以来共提供法律咨询服务{{legalServices.consultations|余}}次，化解矛盾{{legalServices.mediations|余}}件，法律援助{{legalServices.legalAid}}件，司法协助{{legalServices.judicialAssistance|余}}次，诉前调解成功{{disputes.precourtSuccesses}}件。',
  ),
  h1('二、存在的不足和原因'),
  p(
    'shortcomings',
    '1.依法行政意识有待提高。部分干部法治观念和依法行政意识还不够强。\n2.行政争议预防化解有待加强。行政争议案前调解不够，案件分析研判和问题整改还需进一步加强。',
  ),
  h1('三、下阶段工作重点'),
  p(
    'plans',
    '1.加强队伍管理，提升基层干部执法水平。\n2.重视源头管控，增强依法行政能力。\n3.创新普法宣传，积极营造法治氛围。',
  ),
];

/** Ids of the paragraphs staff may edit. */
export const PARAGRAPH_IDS: readonly string[] = REPORT_TEMPLATE.flatMap((b) =>
  b.id ? [b.id] : [],
);
