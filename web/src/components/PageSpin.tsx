import { Spin } from 'antd';

/** Shown while a lazily loaded page or the session check is on its way. */
export function PageSpin() {
  return (
    <div className="page-spin">
      <Spin size="large" />
    </div>
  );
}
