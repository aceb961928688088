import type { LetterBlock } from '../../../core/documents/docx-letter.js';
import { gongwenDate } from '../../../core/documents/gongwen-format.js';
import { isClosure, OUTCOMES, type Outcome } from './outcomes.js';
import { remedyNotice, type RemedyParties } from './remedy.js';

/**
 * The text of the 答复告知书 for each outcome row of 表三: what was asked, what is decided, why, under
 * which article, and how to challenge it. Pure, so every variant is unit-tested on its words.
 */
export interface LetterFacts {
  applicantName: string;
  receivedOn: string;
  channelLabel: string;
  description: string;
  correctionRequestedOn?: string | null;
  correctedOn?: string | null;
  extensionDays?: number;
}

interface ReplyDetails {
  /** 说明理由: required for every outcome that gives less than the applicant asked for. */
  reasons?: string | null;
  /** Where to find it (已主动公开), the competent agency (不属于本机关), the channel (信访) … */
  details?: string | null;
  /** Redactions in the released copy: "身份证号码2处（个人隐私，依据…第十五条）". */
  redactions?: string[];
  /** The article(s) the reply rests on when narrower than the outcome's row (e.g. 第三十六条第（五）项). */
  basis?: string | null;
  /** 本机关不掌握 as 第三十六条第（五）项: not this office's to disclose. */
  notResponsible?: boolean;
  /** Its name and contact details, where the competent body can be determined. */
  competentBody?: string | null;
  /** How the reply period was counted (the reply clock's sentence), when the application had one. */
  dueExplained?: string | null;
}

const d = gongwenDate;
const R = '《中华人民共和国政府信息公开条例》';

export function openingParagraph(f: LetterFacts): string {
  let text = `本机关于${d(f.receivedOn)}收到你（单位）通过${f.channelLabel}方式提交的政府信息公开申请，申请获取“${clause(f.description)}”。`;
  if (f.correctionRequestedOn && f.correctedOn) {
    text += `本机关于${d(f.correctionRequestedOn)}告知你（单位）补正，你（单位）于${d(f.correctedOn)}提交了补正内容，答复期限自收到补正之日起计算（${R}第三十条）。`;
  }
  if (f.extensionDays)
    text += `经本机关政府信息公开工作机构负责人同意，答复期限已延长${f.extensionDays}个工作日（${R}第三十三条第二款）。`;
  return text;
}

/** Free text as a clause: trailing sentence punctuation and spaces go, so the letter adds exactly one. */
export const clause = (text: string): string => text.trim().replace(/[。；;，,.\s]+$/u, '');

const because = (reasons?: string | null) =>
  reasons?.trim() ? `理由如下：${clause(reasons)}。` : '';

/**
 * The paragraph of art 36 a 予以公开 / 不掌握 reply rests on, decided by what the clerk filled in and
 * cited the same way in the decision and in the 依据 line: information already published, with where
 * to find it, is art 36(1), otherwise it is provided, art 36(2); not this office's to disclose is
 * art 36(5) (with the competent body where known), otherwise the information does not exist, art 36(4).
 */
export function basisOf(outcome: Outcome, r: ReplyDetails): string {
  const details = !!r.details?.trim();
  if (outcome === 'disclosed') return `${R}第三十六条第（${details ? '一' : '二'}）项`;
  if (outcome === 'unavailable_not_held')
    return `${R}第三十六条第（${r.notResponsible ? '五' : '四'}）项`;
  return OUTCOMES[outcome].basis;
}

/** The decision itself, naming the article, per 表三 row, followed by the clerk's reasons when given. */
export function decisionParagraph(outcome: Outcome, given: ReplyDetails): string {
  const r: ReplyDetails = {
    ...given,
    reasons: given.reasons?.trim() ? clause(given.reasons) : null,
    details: given.details?.trim() ? clause(given.details) : null,
  };
  const main = decisionText(outcome, r);
  // 部分公开 and 其他 already speak the reasons in their own sentence.
  return outcome === 'partially_disclosed' || outcome === 'other_other'
    ? main
    : `${main}${because(r.reasons)}`;
}

function decisionText(outcome: Outcome, r: ReplyDetails): string {
  switch (outcome) {
    case 'disclosed':
      return r.details
        ? `你（单位）申请获取的政府信息已经主动公开。根据${R}第三十六条第（一）项的规定，你（单位）可以通过以下途径获取：${r.details}。`
        : `你（单位）申请获取的政府信息属于公开范围。根据${R}第三十六条第（二）项的规定，本机关向你（单位）提供该政府信息（见附件）。`;
    case 'partially_disclosed':
      return (
        `你（单位）申请获取的政府信息中含有不应当公开的内容，但能够作区分处理。根据${R}第三十七条的规定，本机关向你（单位）提供可以公开的内容（见附件），对不予公开的内容说明理由如下：` +
        `${r.reasons ?? ''}。${r.redactions?.length ? `已作区分处理的内容：${r.redactions.join('；')}。` : ''}`
      );
    case 'withheld_state_secret':
      return `你（单位）申请获取的政府信息经依法确定为国家秘密。根据${R}第十四条、第三十六条第（三）项的规定，本机关决定不予公开。`;
    case 'withheld_law_prohibited':
      return `你（单位）申请获取的政府信息属于法律、行政法规禁止公开的政府信息${r.details ? `（${r.details}）` : ''}。根据${R}第十四条、第三十六条第（三）项的规定，本机关决定不予公开。`;
    case 'withheld_security_stability':
      return `你（单位）申请获取的政府信息公开后可能危及国家安全、公共安全、经济安全、社会稳定。根据${R}第十四条、第三十六条第（三）项的规定，本机关决定不予公开。`;
    case 'withheld_third_party':
      return `你（单位）申请获取的政府信息涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害。根据${R}第十五条、第三十二条、第三十六条第（三）项的规定，本机关决定不予公开。`;
    case 'withheld_internal_affairs':
      return `你（单位）申请获取的政府信息属于行政机关人事管理、后勤管理、内部工作流程等方面的内部事务信息。根据${R}第十六条第一款、第三十六条第（三）项的规定，本机关决定不予公开。`;
    case 'withheld_process_info':
      return `你（单位）申请获取的政府信息属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息。根据${R}第十六条第二款、第三十六条第（三）项的规定，本机关决定不予公开。`;
    case 'withheld_enforcement_file':
      return `你（单位）申请获取的政府信息属于行政执法案卷信息。根据${R}第十六条第二款、第三十六条第（三）项的规定，本机关决定不予公开。`;
    case 'withheld_admin_query':
      return `你（单位）申请获取的政府信息属于工商、不动产登记资料等信息，有关法律、行政法规对信息的获取有特别规定。根据${R}第三十六条第（七）项的规定，请你（单位）依照${r.details ?? '有关法律、行政法规'}的规定办理。`;
    case 'unavailable_not_held':
      if (!r.notResponsible)
        return `经检索，本机关没有你（单位）申请公开的政府信息。根据${R}第三十六条第（四）项的规定，告知你（单位）该政府信息不存在。`;
      return (
        `你（单位）申请获取的政府信息不属于本机关负责公开。根据${R}第三十六条第（五）项的规定，` +
        (r.competentBody
          ? `负责公开该政府信息的行政机关为：${clause(r.competentBody)}。`
          : '本机关无法确定负责公开该政府信息的行政机关，特此告知。')
      );
    case 'unavailable_needs_creation':
      return `你（单位）申请获取的信息需要本机关对现有政府信息进行加工、分析才能形成。根据${R}第三十八条的规定，本机关不予提供。`;
    case 'unavailable_still_unclear':
      return `你（单位）补正后的申请内容仍不明确，本机关无法确定你（单位）申请获取的政府信息。根据${R}第三十条的规定，本机关无法提供。`;
    case 'rejected_petition':
      return `你（单位）以政府信息公开申请的形式进行信访、投诉、举报等活动。根据${R}第三十九条第一款的规定，本机关不作为政府信息公开申请处理，你（单位）可以${r.details ? `通过${r.details}` : '通过相应渠道'}提出。`;
    case 'rejected_repeat':
      return `本机关已就你（单位）提出的相同政府信息公开申请作出答复${r.details ? `（${r.details}）` : ''}。根据${R}第三十六条第（六）项的规定，本机关不予重复处理。`;
    case 'rejected_publication':
      return `你（单位）申请获取的是政府公报、报刊、书籍等公开出版物。根据${R}第三十九条第二款的规定，你（单位）可以${r.details ? `通过${r.details}` : '通过公开发行渠道'}获取。`;
    case 'rejected_excessive':
      return `你（单位）申请公开政府信息的数量、频次明显超过合理范围，本机关已要求你（单位）说明理由，本机关认为申请理由不合理。根据${R}第三十五条的规定，本机关不予处理。`;
    case 'rejected_confirm_obtained':
      return `你（单位）要求本机关确认或者重新出具已获取的信息，不属于${R}第二条规定的获取政府信息的申请，本机关不予处理。`;
    case 'other_correction_overdue':
      return `你（单位）无正当理由逾期未补正。根据${R}第三十条的规定，视为放弃申请，本机关不再处理该政府信息公开申请。`;
    case 'other_fee_unpaid':
      return `你（单位）逾期未按收费通知要求缴纳信息处理费。根据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定，视为放弃申请，本机关不再处理该政府信息公开申请。`;
    case 'other_other':
      // Withdrawal is not governed by any article of the 条例 (in particular not 第三十三条, the reply period).
      return `${r.reasons ?? '你（单位）已撤回申请'}，本机关终止办理该政府信息公开申请。`;
  }
}

export function replyLetter(
  outcome: Outcome,
  facts: LetterFacts,
  details: ReplyDetails,
  remedy: RemedyParties,
): { title: string; blocks: LetterBlock[] } {
  const title = isClosure(outcome)
    ? '政府信息公开申请终止办理告知书'
    : '政府信息公开申请答复告知书';
  return {
    title,
    blocks: [
      {
        kind: 'paragraph',
        text: `${openingParagraph(facts)}经审查，现${isClosure(outcome) ? '告知' : '答复'}如下：`,
      },
      { kind: 'paragraph', text: decisionParagraph(outcome, details) },
      ...(outcome === 'other_other'
        ? []
        : [
            {
              kind: 'paragraph' as const,
              text: `依据：${details.basis ?? basisOf(outcome, details)}。`,
            },
          ]),
      // A closure (终止办理) rests on no reply period, so it prints none.
      ...(details.dueExplained && !isClosure(outcome)
        ? [{ kind: 'paragraph' as const, text: `答复期限计算说明：${details.dueExplained}` }]
        : []),
      { kind: 'paragraph', text: remedyNotice(outcome, remedy) },
      { kind: 'paragraph', text: '特此告知。' },
    ],
  };
}
