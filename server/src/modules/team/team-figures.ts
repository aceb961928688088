import type { TeamRole } from './team.vocabulary.js';

interface Member {
  townStaff: number;
  roles: string;
  degree: string;
  lawMajor: number;
  legalQualification: number;
  joinedOn: string;
  leftOn: string | null;
}

/** On the team at some time in the year. */
const servedIn = (m: Member, year: number) =>
  m.joinedOn <= `${year}-12-31` && (m.leftOn === null || m.leftOn >= `${year}-01-01`);

const figure = (value: number, definition: string) => ({ value, definition });

/**
 * The 2024 report's team figures (F2–F4), counted from the roster: the 法审员 with a law master's degree,
 * the town staff whose highest degree is a law bachelor's, the town staff holding the 法律职业资格.
 * Outside advisers are not 机关干部 and are not counted.
 */
export function rosterFigures(members: readonly Member[], year: number) {
  const staff = members.filter((m) => m.townStaff === 1 && servedIn(m, year));
  const has = (m: Member, r: TeamRole) => (JSON.parse(m.roles) as TeamRole[]).includes(r);
  return {
    lawMasterReviewers: figure(
      staff.filter((m) => has(m, 'legal_reviewer') && m.degree === 'master' && m.lawMajor === 1)
        .length,
      '本年度在队的机关干部中，职责含法审员且最高学位为法学硕士的人数',
    ),
    lawBachelors: figure(
      staff.filter((m) => m.degree === 'bachelor' && m.lawMajor === 1).length,
      '本年度在队的机关干部中，最高学位为法学学士的人数',
    ),
    legalQualified: figure(
      staff.filter((m) => m.legalQualification === 1).length,
      '本年度在队的机关干部中，持有法律职业资格证书的人数',
    ),
  };
}
