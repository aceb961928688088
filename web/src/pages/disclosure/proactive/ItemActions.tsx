import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { errorText } from '../../../api/client';
import { proactiveApi, type ItemDetail } from '../../../api/disclosure-proactive';
import { AbolishModal, ReassessModal, WithholdModal } from './DecisionModals';
import { ItemFormModal } from './ItemFormModal';
import { TextPromptModal } from './TextPromptModal';
import { useVocabulary } from './use-vocabulary';

type Dialog =
  'edit' | 'approve' | 'return' | 'withhold' | 'reassess' | 'withdraw' | 'abolish' | null;

/** Only the buttons the server says will work for this person and this entry (`abilities`). */
export function ItemActions({ item, onChanged }: { item: ItemDetail; onChanged: () => void }) {
  const { message } = App.useApp();
  const { data: vocab } = useVocabulary();
  const [dialog, setDialog] = useState<Dialog>(null);
  const a = item.abilities;
  const done = (text: string) => () => {
    message.success(text);
    onChanged();
  };
  const submit = async () => {
    try {
      await proactiveApi.submit(item.id);
      done('已提交保密审查')();
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const close = () => setDialog(null);
  const none = !Object.values(a).some(Boolean);

  return (
    <Space wrap>
      {none && <span style={{ color: '#999' }}>当前没有您可以执行的操作</span>}
      {a.edit && (
        <Button onClick={() => setDialog('edit')} data-testid="item-edit">
          修改
        </Button>
      )}
      {a.submit && (
        <Popconfirm
          title="提交保密审查？"
          description="须由起草人以外的工作人员审查（第十七条）。"
          okText="提交"
          cancelText="取消"
          onConfirm={() => void submit()}
        >
          <Button type="primary" data-testid="item-submit">
            提交保密审查
          </Button>
        </Popconfirm>
      )}
      {a.review && (
        <>
          <Button type="primary" onClick={() => setDialog('approve')} data-testid="item-approve">
            审查通过并公开
          </Button>
          <Button onClick={() => setDialog('return')} data-testid="item-return">
            退回修改
          </Button>
          <Button danger onClick={() => setDialog('withhold')} data-testid="item-withhold">
            不予公开
          </Button>
        </>
      )}
      {a.reassess && (
        <Button onClick={() => setDialog('reassess')} data-testid="item-reassess">
          定期评估
        </Button>
      )}
      {a.recordAbolition && (
        <Button onClick={() => setDialog('abolish')} data-testid="item-abolish">
          登记废止
        </Button>
      )}
      {a.withdraw && (
        <Button danger onClick={() => setDialog('withdraw')} data-testid="item-withdraw">
          撤回
        </Button>
      )}

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
    </Space>
  );
}
