import { Alert, Button, Card, Col, Empty, List, Row, Skeleton, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { PageTitle } from '../components/PageTitle';
import { useApiQuery } from '../lib/query';
import { useReference } from '../lib/options';
import { todoSections, type TodoSpec } from './dashboardTodos';

const ITEMS_SHOWN = 8;

/** One 待办 tile: the count of a module list filtered to what waits for the office. */
function TodoTile({ spec, selected, onSelect }: { spec: TodoSpec; selected: boolean; onSelect: () => void }) {
  const q = useApiQuery(spec.method, { ...spec.input, pageSize: ITEMS_SHOWN } as never);
  const total = q.data ? spec.pick(q.data).total : undefined;
  // A failed count says so (the reason in the tooltip) rather than waiting for ever.
  const shown = q.isError ? '—' : (total ?? '…');
  const idle = total === 0;
  const color = idle ? '#bbb' : spec.urgent ? '#cf1322' : '#1f1f1f';
  return (
    <button
      type="button"
      className={`todo-tile${selected ? ' todo-tile-selected' : ''}`}
      aria-label={`${spec.label} ${shown}${spec.unit}`}
      aria-pressed={selected}
      title={q.isError ? `未能读取：${q.error.message}` : spec.hint}
      onClick={onSelect}
    >
      <div className="todo-tile-label">{spec.label}</div>
      <div className="todo-tile-count" style={{ color }}>
        {shown}
        <span className="todo-tile-unit">{spec.unit}</span>
      </div>
    </button>
  );
}

/** The records behind the selected tile, each opening in its module, and the way to the full list. */
function TodoItems({ spec }: { spec: TodoSpec }) {
  const navigate = useNavigate();
  const q = useApiQuery(spec.method, { ...spec.input, pageSize: ITEMS_SHOWN } as never);
  if (q.isError) return <Alert type="error" showIcon message={`未能读取${spec.label}清单：${q.error.message}`} />;
  if (!q.data) return <Skeleton active paragraph={{ rows: 3 }} />;
  const { total, items } = spec.pick(q.data);
  if (!total) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={`没有${spec.label}的事项`} />;
  return (
    <List
      size="small"
      dataSource={items}
      renderItem={(item) => (
        <List.Item extra={<Typography.Text type={spec.urgent ? 'danger' : 'secondary'}>{item.meta}</Typography.Text>}>
          <Link to={item.to}>{item.title}</Link>
        </List.Item>
      )}
      footer={
        <Button type="link" style={{ padding: 0 }} onClick={() => navigate(spec.more)}>
          {total > items.length ? `共${total}${spec.unit}，到列表中查看全部 →` : '到列表中办理 →'}
        </Button>
      }
    />
  );
}

/** The 基础数据 at a glance, under the to-dos. */
function ReferenceCounts() {
  const navigate = useNavigate();
  const members = useApiQuery('member.list', { status: '在任', pageSize: 1 });
  const cards = [
    { title: '在任委员', value: members.data?.total ?? 0, to: '/base/members' },
    { title: '界别', value: useReference('sector').length, to: '/base/sectors' },
    { title: '承办单位', value: useReference('unit').length, to: '/base/units' },
    { title: '届次', value: useReference('term').length, to: '/base/terms' },
  ];
  return (
    <Row gutter={16}>
      {cards.map((c) => (
        <Col span={6} key={c.title}>
          <Card size="small" hoverable onClick={() => navigate(c.to)}>
            <Statistic title={c.title} value={c.value} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/** 工作台: what waits for the office today in each module, one click from the record. */
export function Dashboard() {
  const [selected, setSelected] = useState<string | null>(null);
  const today = dayjs();
  const sections = todoSections(today.format('YYYY-MM-DD'));
  return (
    <>
      <PageTitle title="工作台" extra={<Typography.Text type="secondary">{today.format('YYYY年M月D日')} 待办事项</Typography.Text>} />
      {sections.map((section) => {
        const open = section.todos.find((t) => t.key === selected);
        return (
          <Card key={section.title} size="small" title={section.title} extra={<Link to={section.to}>进入{section.title} →</Link>} style={{ marginBottom: 16 }}>
            <div className="todo-tiles">
              {section.todos.map((spec) => (
                <TodoTile key={spec.key} spec={spec} selected={spec.key === selected} onSelect={() => setSelected(spec.key === selected ? null : spec.key)} />
              ))}
            </div>
            {open && (
              <div role="region" aria-label={`${open.label}清单`} style={{ marginTop: 12 }}>
                <TodoItems spec={open} />
              </div>
            )}
          </Card>
        );
      })}
      <Typography.Title level={5} style={{ marginTop: 8 }}>
        基础数据
      </Typography.Title>
      <ReferenceCounts />
    </>
  );
}
