import type { LetterBlock, LetterContent } from '../../core/documents/docx-letter.js';
import { gongwenDate } from '../../core/documents/gongwen-format.js';
import { MIN_COMMENT_DAYS } from './comment-period.js';
import { ADOPTIONS, DECISION_ART as ART, type Adoption } from './decisions.vocabulary.js';

const p = (text: string): LetterBlock => ({ kind: 'paragraph', text });
const h = (text: string): LetterBlock => ({ kind: 'heading1', text });
const quoted = (title: string) => `《${title.replace(/^《|》$/g, '')}》`;

/**
 * 征求意见公告 (条例 第十四条、第十五条): the draft, the period (at least 30 days, a shorter one with its
 * reason) and how to comment on the portal without an account.
 */
export function commentNotice(input: {
  draftTitle: string;
  draftVersion: number;
  leadOffice: string | null;
  opensOn: string;
  closesOn: string;
  days: number;
  shortPeriodReason: string | null;
}): LetterContent {
  const period = `${gongwenDate(input.opensOn)}至${gongwenDate(input.closesOn)}，共${input.days}日`;
  return {
    title: `关于公开征求${quoted(input.draftTitle)}意见的公告`,
    blocks: [
      p(
        `为提高决策的科学性、民主性、合法性，根据${ART.participation}、${ART.commentPeriod}，${input.leadOffice ?? '决策承办单位'}拟订了${quoted(input.draftTitle)}（征求意见稿，第${input.draftVersion}稿），现向社会公开征求意见。`,
      ),
      h('征求意见期限'),
      p(
        input.days < MIN_COMMENT_DAYS && input.shortPeriodReason
          ? `${period}。因${input.shortPeriodReason}，征求意见期限少于${MIN_COMMENT_DAYS}日。`
          : `${period}。`,
      ),
      h('提出意见的方式'),
      p(
        '社会公众可登录本镇法治门户网站“重大行政决策”栏目，查阅决策草案及其说明，在相应条款下或对草案整体提出意见，无需注册账号；提出意见时可留下姓名和联系电话，以便沟通。',
      ),
      p('意见经审核后公开，决策承办单位将逐条研究，并在决策公布时说明公众意见的采纳情况。'),
    ],
  };
}

/** 听证公告 (条例 第十六条、第十七条): time, place and matters, the participant selection rule and list. */
export function hearingNotice(input: {
  title: string;
  hearingOn: string;
  place: string;
  matters: string;
  selectionRule: string;
  participants: { name: string; role: string }[];
  /** The 文号 of the notice this one replaces, when the hearing was rescheduled. */
  replaces: string | null;
}): LetterContent {
  return {
    title: `关于召开${quoted(input.title)}听证会的公告`,
    blocks: [
      p(
        `根据${ART.hearing}、${ART.hearingRecord}，本机关决定就${quoted(input.title)}公开举行听证会，现将有关事项公告如下。`,
      ),
      h('听证时间和地点'),
      p(`时间：${gongwenDate(input.hearingOn)}。地点：${input.place}。`),
      h('听证事项'),
      p(input.matters),
      h('听证参加人遴选办法'),
      p(input.selectionRule),
      h('听证参加人名单'),
      p(input.participants.map((x) => `${x.name}（${x.role}）`).join('、') + '。'),
      p(
        '听证会按照下列程序公开举行：决策承办单位介绍决策草案、依据和有关情况；听证参加人陈述意见，进行询问、质证和辩论；听证参加人确认听证会记录并签字。',
      ),
      ...(input.replaces
        ? [
            p(
              `原听证公告（${input.replaces}）所载事项已变更，自本公告发布之日起不再适用，以本公告为准。`,
            ),
          ]
        : []),
    ],
  };
}

interface AdoptionCounts {
  total: number;
  adopted: number;
  partly: number;
  not_adopted: number;
}

/** 采纳情况说明 (条例 第十四条、第三十二条): the counts by answer and the reasons of partly / not adopted ones. */
export function adoptionNotice(input: {
  title: string;
  opensOn: string | null;
  closesOn: string | null;
  counts: AdoptionCounts;
  reasons: { adoption: Adoption; answer: string }[];
}): LetterContent {
  const c = input.counts;
  const period =
    input.opensOn && input.closesOn
      ? `${gongwenDate(input.opensOn)}至${gongwenDate(input.closesOn)}`
      : '征求意见期间';
  const reasons = input.reasons.filter((r) => r.adoption !== 'adopted');
  return {
    title: `关于${quoted(input.title)}公众意见采纳情况的说明`,
    blocks: [
      p(
        `根据${ART.participation}、${ART.publication}，现将${quoted(input.title)}公开征求意见的采纳情况说明如下。`,
      ),
      h('意见收集情况'),
      p(
        c.total === 0
          ? `${period}，未收到公众意见。`
          : `${period}，共收到并公开公众意见${c.total}条，其中${ADOPTIONS.adopted}${c.adopted}条、${ADOPTIONS.partly}${c.partly}条、${ADOPTIONS.not_adopted}${c.not_adopted}条。`,
      ),
      ...(reasons.length
        ? [
            h('部分采纳和不予采纳的理由'),
            ...reasons.map((r, i) => p(`${i + 1}. ${ADOPTIONS[r.adoption]}：${r.answer}`)),
          ]
        : []),
    ],
  };
}

/** 重大行政决策公告 (条例 第三十二条): the decision, the meeting that made it and the day it takes effect. */
export function publicationNotice(input: {
  title: string;
  meetingName: string | null;
  decidedOn: string | null;
  decisionText: string;
  publishedOn: string;
  note: string | null;
  adoption: string | null;
}): LetterContent {
  const meeting =
    input.meetingName && input.decidedOn
      ? `经${gongwenDate(input.decidedOn)}${input.meetingName}集体讨论决定`
      : '经集体讨论决定';
  return {
    title: `关于${quoted(input.title)}的公告`,
    blocks: [
      p(`${quoted(input.title)}${meeting}，根据${ART.publication}，现予公布。`),
      h('决策内容'),
      p(input.decisionText),
      ...(input.adoption ? [h('公众意见采纳情况'), p(input.adoption)] : []),
      ...(input.note ? [h('其他事项'), p(input.note)] : []),
      p(`本决策自${gongwenDate(input.publishedOn)}公布之日起施行。`),
    ],
  };
}
