import { Alert } from 'antd';
import { PageTitle } from '../components/PageTitle';

/** Sections not built yet say so plainly, with what they will hold. */
export function Placeholder({ title, planned }: { title: string; planned: string[] }) {
  return (
    <>
      <PageTitle title={title} />
      <Alert type="info" showIcon title="本模块尚在建设中" description="以下功能将在后续版本中提供，目前请勿在此录入数据。" style={{ marginBottom: 16 }} />
      <ul className="placeholder-list">
        {planned.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </>
  );
}
