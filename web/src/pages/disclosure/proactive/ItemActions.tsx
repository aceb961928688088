import { App } from 'antd';
import { useState } from 'react';
import { proactiveApi, type ItemDetail } from '../../../api/disclosure-proactive';
import { WorkflowActions, type WorkflowStep } from '../../../components/WorkflowActions';
import { AbolishModal, ReassessModal, WithholdModal } from './DecisionModals';
import { ItemFormModal } from './ItemFormModal';
import { TextPromptModal } from './TextPromptModal';
import { useVocabulary } from '../../../lib/use-vocabulary';

type Dialog =
  'edit' | 'approve' | 'return' | 'withhold' | 'reassess' | 'withdraw' | 'abolish' | null;

/** Only the steps the server says will work for this person and this entry (`abilities`), and why others are refused. */
export function ItemActions({ item, onChanged }: { item: ItemDetail; onChanged: () => void }) {
  const { message } = App.useApp();
  const { data: vocab } = useVocabulary('proactive');
  const [dialog, setDialog] = useState<Dialog>(null);
  const a = item.abilities;
  const done = (text: string) => () => {
    message.success(text);
    onChanged();
  };
  const close = () => setDialog(null);
  const dialogStep = (key: string, d: Dialog, label: string, testId: string, show: boolean) => ({
    key,
    label,
    show,
    testId,
    open: () => setDialog(d),
  });
  const steps: WorkflowStep[] = [
    dialogStep('edit', 'edit', '修改', 'item-edit', a.edit),
    {
      key: 'submit',
      label: '提交保密审查',
      show: a.submit,
      testId: 'item-submit',
      primary: true,
      confirm: {
        title: '提交保密审查？',
        description: '须由起草人以外的工作人员审查（第十七条）。',
      },
      run: () => proactiveApi.submit(item.id),
    },
    {
      ...dialogStep('approve', 'approve', '审查通过并公开', 'item-approve', a.review),
      primary: true,
    },
    dialogStep('return', 'return', '退回修改', 'item-return', a.review),
    { ...dialogStep('withhold', 'withhold', '不予公开', 'item-withhold', a.review), danger: true },
    dialogStep('reassess', 'reassess', '定期评估', 'item-reassess', a.reassess),
    dialogStep('record_abolition', 'abolish', '登记废止', 'item-abolish', a.recordAbolition),
    { ...dialogStep('withdraw', 'withdraw', '撤回', 'item-withdraw', a.withdraw), danger: true },
  ];

  return (
    <WorkflowActions
      steps={steps}
      blocked={item.blocked}
      testId="item-actions"
      onDone={(label) => done(`${label}：已完成`)()}
    >
      <ItemFormModal
        open={dialog === 'edit'}
        item={item}
        onClose={close}
        onSaved={done('已保存')}
      />
      <TextPromptModal
        open={dialog === 'approve'}
        title="保密审查通过并公开"
        label="审查意见"
        extra="依据《政府信息公开条例》第十七条；通过后立即在门户公开"
        okText="通过并公开"
        onClose={close}
        onSubmit={(t) => proactiveApi.approve(item.id, t || undefined).then(done('已公开'))}
      />
      <TextPromptModal
        open={dialog === 'return'}
        title="退回修改"
        label="退回理由"
        required
        onClose={close}
        onSubmit={(t) => proactiveApi.returnItem(item.id, t).then(done('已退回'))}
      />
      <TextPromptModal
        open={dialog === 'withdraw'}
        title="撤回已公开信息"
        label="撤回理由"
        required
        extra="撤回后门户不再显示该信息，记录保留"
        okText="撤回"
        onClose={close}
        onSubmit={(t) => proactiveApi.withdraw(item.id, t).then(done('已撤回'))}
      />
      <WithholdModal
        open={dialog === 'withhold'}
        vocabulary={vocab}
        onClose={close}
        onSubmit={(g, r) => proactiveApi.withhold(item.id, g, r).then(done('已决定不予公开'))}
      />
      <ReassessModal
        open={dialog === 'reassess'}
        onClose={close}
        onSubmit={(rel, o) => proactiveApi.reassess(item.id, rel, o).then(done('评估已记录'))}
      />
      <AbolishModal
        open={dialog === 'abolish'}
        onClose={close}
        onSubmit={(d) => proactiveApi.abolish(item.id, d).then(done('已登记废止'))}
      />
    </WorkflowActions>
  );
}
