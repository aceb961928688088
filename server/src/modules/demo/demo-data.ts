import type { RoleKey } from '@fazhi/shared';

/** 桥头镇 (慈溪市) — the demo town, from the national division codes. */
export const DEMO_TOWN_CODE = '330282109000';
export const DEMO_COUNTY_CODE = '330282000000';

/** Every demo account shares this password; the README lists them. Never used when FAZHI_DEMO=0. */
export const DEMO_PASSWORD = 'Demo@2024';

/** The town's own offices and the outside bodies it works with. */
export const DEMO_UNITS: {
  parent: 'town' | 'county';
  slug: string;
  name: string;
  kind: 'unit' | 'external';
}[] = [
  { parent: 'town', slug: 'djzhb', name: '党建综合办公室', kind: 'unit' },
  { parent: 'town', slug: 'zfd', name: '综合行政执法队', kind: 'unit' },
  { parent: 'town', slug: 'sfs', name: '司法所', kind: 'unit' },
  { parent: 'town', slug: 'mdzx', name: '社会矛盾纠纷调处化解中心', kind: 'unit' },
  { parent: 'town', slug: 'ggflfwz', name: '公共法律服务站', kind: 'unit' },
  { parent: 'town', slug: 'jjfzb', name: '经济发展办公室', kind: 'unit' },
  { parent: 'town', slug: 'nyncb', name: '农业农村办公室', kind: 'unit' },
  { parent: 'town', slug: 'pcs', name: '慈溪市公安局桥头派出所', kind: 'external' },
  { parent: 'county', slug: 'sfj', name: '慈溪市司法局（合法性审查中心）', kind: 'unit' },
  { parent: 'county', slug: 'fy', name: '慈溪市人民法院', kind: 'external' },
];

/** One account per role; `org` is a unit slug, 'town', 'county' or a village code. */
export const DEMO_ACCOUNTS: { username: string; name: string; role: RoleKey; org: string }[] = [
  { username: 'sysadmin', name: '系统管理员', role: 'system_admin', org: 'djzhb' },
  { username: 'secadmin', name: '安全管理员', role: 'security_admin', org: 'djzhb' },
  { username: 'auditadmin', name: '审计管理员', role: 'audit_admin', org: 'djzhb' },
  { username: 'head', name: '陈镇长', role: 'town_head', org: 'town' },
  { username: 'deputy', name: '王副镇长', role: 'deputy_head', org: 'town' },
  { username: 'reviewer', name: '李法审', role: 'legal_reviewer', org: 'djzhb' },
  { username: 'adviser', name: '周律师', role: 'legal_adviser', org: 'sfs' },
  { username: 'clerk', name: '赵经办', role: 'office_clerk', org: 'djzhb' },
  { username: 'clerk2', name: '孔经办', role: 'office_clerk', org: 'djzhb' },
  { username: 'officer', name: '孙执法', role: 'enforcement_officer', org: 'zfd' },
  { username: 'mediator', name: '吴调解', role: 'mediator', org: 'mdzx' },
  { username: 'window', name: '郑窗口', role: 'window_clerk', org: 'ggflfwz' },
  { username: 'cadre', name: '钱村干部', role: 'village_cadre', org: '330282109202' },
  { username: 'county', name: '冯监督（县司法局）', role: 'county_supervisor', org: 'sfj' },
  { username: 'countyreview', name: '蒋协审（县司法局）', role: 'office_clerk', org: 'sfj' },
  { username: 'citizen', name: '刘公众', role: 'public', org: 'town' },
];

/** 文号 templates the town uses: {year} and {n} are filled in when a number is issued. */
export const DEMO_NUMBER_TEMPLATES = [
  { kind: 'legality_opinion', name: '合法性审查意见书', template: '桥法审〔{year}〕{n}号' },
  { kind: 'town_document', name: '镇政府发文', template: '桥政发〔{year}〕{n}号' },
  { kind: 'disclosure_reply', name: '政府信息公开答复', template: '桥政信复〔{year}〕{n}号' },
  { kind: 'enforcement_notice', name: '行政处罚事先告知书', template: '桥综执告〔{year}〕{n}号' },
  { kind: 'enforcement_decision', name: '行政处罚决定书', template: '桥综执罚决〔{year}〕{n}号' },
  { kind: 'enforcement_urge', name: '催告书', template: '桥综执催〔{year}〕{n}号' },
];
