import { usersApi } from '../../../api/users';
import { XlsxImportModal } from '../../../components/XlsxImportModal';

/** Bulk import of accounts from the XLSX template: all rows or none. */
export function UserImportModal(props: {
  open: boolean;
  onClose: () => void;
  onImported: () => void;
}) {
  return (
    <XlsxImportModal
      {...props}
      title="批量导入账号"
      hint={{
        title: '请使用导入模板填写：用户名、姓名、机构代码、手机号、初始密码',
        description: '文件中任何一行有误时整个文件都不会导入，请按下方提示修改后重新上传。',
      }}
      noun="账号"
      upload={async (file) =>
        `导入成功，共新建 ${(await usersApi.importXlsx(file)).created} 个账号`
      }
      template={() => usersApi.template()}
      testIdPrefix="user-import"
    />
  );
}
