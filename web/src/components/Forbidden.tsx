import { Button, Result } from 'antd';
import { Link } from 'react-router';

export function Forbidden() {
  return (
    <Result
      status="403"
      title="无权访问"
      subTitle="您的账号没有查看此页面的权限；如需开通，请联系安全管理员分配角色。"
      extra={
        <Link to="/">
          <Button type="primary">返回首页</Button>
        </Link>
      }
    />
  );
}
