import { Space } from 'antd';
import { numberingApi } from '../../../api/numbering';
import { useAuth } from '../../../auth/auth-context';
import { useRequest } from '../../../lib/use-request';
import { RegisterCard } from './RegisterCard';
import { TemplatesCard } from './TemplatesCard';

/** 发文登记: issue 文号 from the town's templates and keep the register (GB/T 9704-2012 第7.2.5条). */
export default function NumberingPage() {
  const auth = useAuth();
  const templates = useRequest(() => numberingApi.templates(), []);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {auth.can('numbering.read', 'numbering.issue') && (
        <RegisterCard templates={templates.data?.items ?? []} onIssued={templates.reload} />
      )}
      <TemplatesCard state={templates} />
    </Space>
  );
}
