import { enforcementApi } from '../../api/enforcement';
import { XlsxImportModal } from '../../components/XlsxImportModal';

/** 案件台账导入: the town's concluded past cases from its own XLSX ledger; all rows or none. */
export function CaseImportModal(props: {
  open: boolean;
  onClose: () => void;
  onImported: () => void;
}) {
  return (
    <XlsxImportModal
      {...props}
      title="导入历史案件台账"
      hint={{
        title: '请使用导入模板，每行一件已结案的案件',
        description:
          '导入的案件记为“已结案”并计入当年统计；委托案件的委托机关须与已登记的委托书一致。任何一行有误时整个文件都不会导入。',
      }}
      noun="案件"
      upload={async (file) => {
        const r = await enforcementApi.importLedger(file);
        return `已导入 ${r.imported} 件历史案件`;
      }}
      template={() => enforcementApi.importTemplate()}
      testIdPrefix="case-import"
    />
  );
}
