import { rule, type Refusal } from '../../../core/workflow/index.js';
import {
  AID_ART,
  AID_MATTERS,
  type AidMatter,
  type Exemption,
  type MeansMethod,
} from '../legal-services.vocabulary.js';

export interface MeansFacts {
  matter: AidMatter;
  method: MeansMethod;
  /** The applicant signed the personal-integrity pledge (个人诚信承诺). */
  pledgeSigned: boolean;
  exemption: Exemption | null;
}

/**
 * Whether the application's hardship is established for its matter: a 第三十一条 matter needs hardship,
 * checked through shared data or the applicant's integrity pledge (第四十一条) unless the applicant is
 * exempt (第四十二条); a 第三十二条 matter has no means test at all.
 */
export function meansRefusal(f: MeansFacts): Refusal | null {
  const article = AID_MATTERS[f.matter].article;
  if (article === 32)
    return f.method === 'not_required'
      ? null
      : rule(
          'MEANS_TEST_NOT_APPLICABLE',
          '该事项申请法律援助不受经济困难条件的限制',
          AID_ART.noMeansTest,
        );
  if (f.method === 'not_required')
    return rule(
      'MEANS_TEST_REQUIRED',
      '该事项须因经济困难申请法律援助，请核查经济困难状况或由申请人作出个人诚信承诺',
      AID_ART.civilMatters,
    );
  if (f.method === 'pledge' && !f.pledgeSigned)
    return rule(
      'PLEDGE_REQUIRED',
      '以个人诚信承诺核查经济困难状况的，申请人须签署诚信承诺书',
      AID_ART.pledge,
    );
  if (f.method === 'exempt' && !f.exemption)
    return rule(
      'EXEMPTION_REQUIRED',
      '免予核查经济困难状况的，须写明申请人属于哪类人员并有证明材料',
      AID_ART.exempt,
    );
  return null;
}
