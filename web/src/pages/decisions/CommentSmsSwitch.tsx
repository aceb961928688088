import { App, Space, Switch, Tooltip } from 'antd';
import { useState } from 'react';
import { errorText } from '../../api/client';
import { decisionsApi } from '../../api/decisions';
import { useAuth } from '../../auth/auth-context';
import { useTown } from '../../lib/town';
import { useRequest } from '../../lib/use-request';

/**
 * Whether portal commenters on a draft must verify their phone by SMS code before their comment is
 * taken (the town decides; public participation, 重大行政决策程序暂行条例第十四条). Town staff who
 * handle decisions switch it; staff above the town only see it.
 */
export function CommentSmsSwitch() {
  const { can } = useAuth();
  const { townId, chooses } = useTown();
  const { message } = App.useApp();
  const { data, reload } = useRequest(() => decisionsApi.settings(townId), [townId]);
  const [saving, setSaving] = useState(false);
  if (!data) return null;
  const change = async (on: boolean) => {
    setSaving(true);
    try {
      await decisionsApi.saveSettings({ commentSmsRequired: on });
      message.success(on ? '已开启：公众提出意见前须短信验证手机号' : '已关闭短信验证');
      reload();
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Tooltip title={`依据${data.basis}`}>
      <Space size={4}>
        公众意见须短信验证
        <Switch
          size="small"
          checked={data.commentSmsRequired}
          loading={saving}
          disabled={chooses || !can('decisions.handle')}
          onChange={(on) => void change(on)}
          data-testid="comment-sms-switch"
        />
      </Space>
    </Tooltip>
  );
}
