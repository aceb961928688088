import type { Degree, TeamRole } from '../team.vocabulary.js';

/** 桥头镇's legal team in 2024 (demo): the demo accounts who do legal work, the adviser, one who left. */
export const ROSTER: {
  username: string | null;
  name: string;
  post: string;
  roles: TeamRole[];
  townStaff: boolean;
  degree: Degree;
  lawMajor: boolean;
  qualificationNo?: string;
  joinedOn: string;
  leftOn?: string;
}[] = [
  {
    username: 'reviewer',
    name: '李法审',
    post: '党建综合办法治审查员',
    roles: ['legal_reviewer'],
    townStaff: true,
    degree: 'master',
    lawMajor: true,
    qualificationNo: 'A20193302820117',
    joinedOn: '2021-07-01',
  },
  {
    username: 'clerk',
    name: '赵经办',
    post: '党建综合办经办人',
    roles: ['cadre'],
    townStaff: true,
    degree: 'bachelor',
    lawMajor: true,
    qualificationNo: 'A20203302820342',
    joinedOn: '2020-08-15',
  },
  {
    username: 'window',
    name: '郑窗口',
    post: '公共法律服务站窗口工作人员',
    roles: ['cadre'],
    townStaff: true,
    degree: 'bachelor',
    lawMajor: true,
    joinedOn: '2022-03-01',
  },
  {
    username: 'officer',
    name: '孙执法',
    post: '综合行政执法队执法队员',
    roles: ['enforcement'],
    townStaff: true,
    degree: 'bachelor',
    lawMajor: true,
    qualificationNo: 'A20183302820025',
    joinedOn: '2021-03-01',
  },
  {
    username: 'clerk2',
    name: '孔经办',
    post: '党建综合办经办人',
    roles: ['cadre'],
    townStaff: true,
    degree: 'bachelor',
    lawMajor: false,
    qualificationNo: 'A20213302820408',
    joinedOn: '2023-02-01',
  },
  {
    username: 'adviser',
    name: '周律师',
    post: '镇政府法律顾问',
    roles: ['adviser'],
    townStaff: false,
    degree: 'master',
    lawMajor: true,
    qualificationNo: 'A20123302120077',
    joinedOn: '2023-01-01',
  },
  {
    username: null,
    name: '何调解',
    post: '司法所调解员（2023年调离）',
    roles: ['mediator'],
    townStaff: true,
    degree: 'bachelor',
    lawMajor: true,
    qualificationNo: 'A20173302820211',
    joinedOn: '2019-09-01',
    leftOn: '2023-06-30',
  },
];

/** The leadership team as they sign a 学法 attendance sheet (titles, not names). */
export const LEADERS = [
  '党委书记',
  '镇长',
  '人大主席',
  '党委副书记',
  '纪委书记',
  '副镇长（分管法治）',
  '组织委员',
  '宣传统战委员',
];

/** 2024 专题法治学习会 (2024 report: 6), each with its lecturer and materials. */
export const THEMATIC_2024 = [
  {
    heldOn: '2024-02-27',
    title: '习近平法治思想专题学习',
    lecturer: '县委党校讲师',
    materials: ['《习近平法治思想学习纲要》'],
  },
  {
    heldOn: '2024-04-16',
    title: '《行政复议法》修订要点与乡镇应诉',
    lecturer: '周律师（镇法律顾问）',
    materials: ['《行政复议法》（2023年修订）'],
  },
  {
    heldOn: '2024-05-28',
    title: '《民法典》合同编与村级合同风险',
    lecturer: '周律师（镇法律顾问）',
    materials: ['《民法典》合同编', '三清一促合同审查问题清单'],
  },
  {
    heldOn: '2024-07-23',
    title: '乡镇综合行政执法与《行政处罚法》',
    lecturer: '县司法局执法监督科',
    materials: ['《行政处罚法》', '《浙江省综合行政执法条例》'],
  },
  {
    heldOn: '2024-09-24',
    title: '政府信息公开与依申请公开答复',
    lecturer: '李法审（法治审查员）',
    materials: ['《政府信息公开条例》'],
  },
  {
    heldOn: '2024-11-19',
    title: '《宁波市法治乡村建设促进条例》与基层治理',
    lecturer: '县司法局',
    materials: ['《宁波市法治乡村建设促进条例》'],
  },
];
