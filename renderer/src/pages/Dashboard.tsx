import { Card, Col, Row, Statistic } from 'antd';
import { useNavigate } from 'react-router-dom';
import { PageTitle } from '../components/PageTitle';
import { useApiQuery } from '../lib/query';
import { useReference } from '../lib/options';

export function Dashboard() {
  const navigate = useNavigate();
  const members = useApiQuery('member.list', { status: '在任', pageSize: 1 });
  const sectors = useReference('sector');
  const units = useReference('unit');
  const terms = useReference('term');
  const cards = [
    { title: '在任委员', value: members.data?.total ?? 0, to: '/base/members' },
    { title: '界别', value: sectors.length, to: '/base/sectors' },
    { title: '承办单位', value: units.length, to: '/base/units' },
    { title: '届次', value: terms.length, to: '/base/terms' },
  ];
  return (
    <>
      <PageTitle title="工作台" />
      <Row gutter={16}>
        {cards.map((c) => (
          <Col span={6} key={c.title}>
            <Card hoverable onClick={() => navigate(c.to)}>
              <Statistic title={c.title} value={c.value} />
            </Card>
          </Col>
        ))}
      </Row>
    </>
  );
}
