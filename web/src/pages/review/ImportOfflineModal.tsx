import { reviewApi } from '../../api/review';
import { XlsxImportModal } from '../../components/XlsxImportModal';

/** 三清一促: village contracts reviewed offline, imported from the XLSX template and pre-reviewed; all rows or none. */
export function ImportOfflineModal(props: {
  open: boolean;
  onClose: () => void;
  onImported: () => void;
}) {
  return (
    <XlsxImportModal
      {...props}
      title="导入线下审查的村级合同"
      hint={{
        title: '请使用导入模板，每行一份线下审查的村级合同',
        description:
          '导入后逐份进行智能预审，记为“线下审查（补录）”；任何一行有误时整个文件都不会导入。',
      }}
      noun="合同"
      busyText="正在导入并预审…"
      upload={async (file) => {
        const r = await reviewApi.importXlsx(file);
        return `导入 ${r.imported} 份合同，智能预审发现 ${r.withHits} 份存在风险提示（共 ${r.hits} 条）`;
      }}
      template={() => reviewApi.importTemplate()}
      testIdPrefix="review-import"
    />
  );
}
