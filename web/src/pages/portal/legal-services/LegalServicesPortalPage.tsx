import { Card, Tabs } from 'antd';
import { PortalShell } from '../PortalShell';
import { AdvisersList } from './AdvisersList';
import { AskForm, TrackForm } from './AskForms';
import { BookForm } from './BookForm';

/** 公共法律服务 on the portal: book a visit, ask a question online, find the village's legal adviser. */
export default function LegalServicesPortalPage() {
  return (
    <PortalShell>
      <Card title="公共法律服务" variant="borderless" data-testid="portal-legal-services">
        <Tabs
          items={[
            { key: 'book', label: '预约到站', children: <BookForm /> },
            { key: 'ask', label: '在线咨询', children: <AskForm /> },
            { key: 'track', label: '查询答复', children: <TrackForm /> },
            { key: 'advisers', label: '村法律顾问', children: <AdvisersList /> },
          ]}
        />
      </Card>
    </PortalShell>
  );
}
