import { decisionProceduresApi } from '../../api/decision-procedures';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useRequest } from '../../lib/use-request';
import { ExpertsCard } from './ExpertsCard';
import { HearingCard } from './HearingCard';
import { RiskReportCard } from './RiskReportCard';

/** The states in which the hearing, experts and risk report are prepared (launched, not yet decided). */
const PREPARING = [
  'launched',
  'drafting',
  'participation',
  'expert_review',
  'risk_assessment',
  'fair_competition',
  'legality_review',
  'party_report',
];

/** 听证、专家论证、风险评估报告 of a decision, each a card with its forms. */
export function ProcedureCards({
  id,
  status,
  canHandle,
  onChange,
}: {
  id: string;
  status: string;
  canHandle: boolean;
  onChange: () => void;
}) {
  const { data, error, reload } = useRequest(() => decisionProceduresApi.get(id), [id]);
  if (!data) return <ErrorAlert error={error} onRetry={reload} />;
  const props = {
    id,
    data,
    canHandle: canHandle && PREPARING.includes(status),
    onChange: () => {
      reload();
      onChange();
    },
  };
  return (
    <>
      <HearingCard {...props} />
      <ExpertsCard {...props} />
      <RiskReportCard {...props} />
    </>
  );
}
