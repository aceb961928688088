import type { LetterBlock } from '../../../core/documents/docx-letter.js';
import { gongwenDate } from '../../../core/documents/gongwen-format.js';
import { FEE_BASIS, formatYuan, type FeeQuote } from './fees.js';
import { clause, openingParagraph, type LetterFacts } from './reply-letter.js';
import type { ConsultationKind } from './vocabulary.js';

/** The procedural notices of an application, each with the article that requires or allows it. Pure. */
export interface Letter {
  title: string;
  recipient: string;
  blocks: LetterBlock[];
}

const d = gongwenDate;
const R = '《中华人民共和国政府信息公开条例》';
const p = (text: string): LetterBlock => ({ kind: 'paragraph', text });

/** How a date in a letter was reached (clock summary), when the caller has it. */
const explained = (summary?: string | null) => (summary ? [p(`期限计算说明：${summary}`)] : []);

export function correctionNotice(
  f: LetterFacts,
  items: string,
  dueOn: string,
  summary?: string | null,
): Letter {
  return {
    title: '政府信息公开申请补正告知书',
    recipient: f.applicantName,
    blocks: [
      p(openingParagraph(f)),
      p(
        `经审查，你（单位）的申请内容不明确。根据${R}第三十条的规定，请你（单位）于${d(dueOn)}前就以下事项作出补正：${items.replace(/[。；;]+$/u, '')}。`,
      ),
      p(
        '补正时请说明所需政府信息的名称、文号或者便于本机关查询的其他特征性描述。你（单位）可以凭查询码和联系电话在网上提交补正内容，也可以书面提交。',
      ),
      p(
        `答复期限自本机关收到补正的申请之日起计算。你（单位）无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请（${R}第三十条）。`,
      ),
      ...explained(summary),
      p('特此告知。'),
    ],
  };
}

export function extensionNotice(
  f: LetterFacts,
  days: number,
  newDue: string,
  reason: string,
  summary?: string | null,
): Letter {
  return {
    title: '政府信息公开申请延期答复告知书',
    recipient: f.applicantName,
    blocks: [
      p(openingParagraph({ ...f, extensionDays: 0 })),
      p(
        `因${reason.replace(/[。；;]+$/u, '')}，本机关不能在规定期限内答复。根据${R}第三十三条第二款的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长${days}个工作日，本机关将于${d(newDue)}前作出答复。`,
      ),
      ...explained(summary),
      p('特此告知。'),
    ],
  };
}

/** `dueOn` is known once the applicant's receipt is (or when the town counts from the issue date). */
export function feeNotice(
  f: LetterFacts,
  quote: FeeQuote,
  reason: string,
  period: { days: number; from: 'receipt' | 'issue'; dueOn: string | null },
  pausesClock: boolean,
): Letter {
  const start = period.from === 'receipt' ? '收到本通知之日' : '本通知发出之日';
  const when = `自${start}起${period.days}个工作日内${period.dueOn ? `（即${d(period.dueOn)}前）` : ''}`;
  return {
    title: '政府信息公开信息处理费收费通知书',
    recipient: f.applicantName,
    blocks: [
      p(openingParagraph(f)),
      p(
        `因${reason.replace(/[。；;]+$/u, '')}，你（单位）申请公开政府信息的数量、频次明显超过合理范围。根据${R}第四十二条和${FEE_BASIS}的规定，本机关依法收取信息处理费。`,
      ),
      p(`${quote.explanation}。应缴金额：${formatYuan(quote.amountFen)}。`),
      p(
        `请你（单位）${when}缴纳。逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请。${pausesClock ? '自本通知发出之日至你（单位）缴纳费用之日，不计入答复期限。' : ''}`,
      ),
      p('特此通知。'),
    ],
  };
}

export function explanationNotice(f: LetterFacts, reason: string): Letter {
  return {
    title: '政府信息公开申请说明理由通知书',
    recipient: f.applicantName,
    blocks: [
      p(openingParagraph(f)),
      p(
        `经审查，${reason.replace(/[。；;]+$/u, '')}，你（单位）申请公开政府信息的数量、频次明显超过合理范围。根据${R}第三十五条的规定，请你（单位）说明申请理由。`,
      ),
      p(
        '本机关认为申请理由不合理的，将告知你（单位）不予处理；认为理由合理但无法在规定期限内答复的，将确定延迟答复的合理期限并告知你（单位）。',
      ),
      p('特此通知。'),
    ],
  };
}

export function delayNotice(f: LetterFacts, dueOn: string, reason: string): Letter {
  return {
    title: '政府信息公开申请延迟答复告知书',
    recipient: f.applicantName,
    blocks: [
      p(openingParagraph(f)),
      p(
        `你（单位）申请公开政府信息的数量、频次明显超过合理范围，本机关认为申请理由合理，但${reason.replace(/[。；;]+$/u, '')}，无法在${R}第三十三条规定的期限内答复。根据该条例第三十五条的规定，本机关确定于${d(dueOn)}前作出答复。`,
      ),
      p('特此告知。'),
    ],
  };
}

export function consultationLetter(
  kind: ConsultationKind,
  party: string,
  matter: string,
  description: string,
  sentOn: string,
  dueOn: string,
): Letter {
  const third = kind === 'third_party';
  return {
    title: third ? '政府信息公开第三方意见征询书' : '政府信息公开征求意见函',
    recipient: party,
    blocks: [
      p(`本机关于近日收到政府信息公开申请，申请获取“${clause(description)}”。${clause(matter)}。`),
      third
        ? p(
            `该信息公开可能损害你（单位）的合法权益。根据${R}第三十二条的规定，现书面征求你（单位）的意见，请于收到本征询书之日起15个工作日内（${d(sentOn)}送达，${d(dueOn)}前）提出书面意见；不同意公开的，请说明理由。逾期未提出意见的，由本机关依照该条例的规定决定是否公开。`,
          )
        : p(
            `该信息系与你单位共同制作。根据${R}第三十四条的规定，现征求你单位意见，请于收到本函之日起15个工作日内（${d(dueOn)}前）提出意见；逾期未提出意见的，视为同意公开。`,
          ),
      p(`征求意见所需时间不计算在答复期限内（${R}第三十三条第三款）。`),
      p(third ? '特此征询。' : '特此函告。'),
    ],
  };
}
