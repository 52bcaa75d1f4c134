import { Alert, Button, Collapse, Descriptions, Drawer, Space, Spin, Statistic, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { ScoredLineRecord } from '../../../../shared/contract/points';
import { categoryLabels, pointCategories } from '../../../../shared/domain/points/kinds';
import { exportExcel } from '../../lib/excel';
import { useApiQuery } from '../../lib/query';
import { useExport } from '../../lib/useExport';
import { EventAttendance } from './EventsTab';
import { LineTags, moduleColor, pts, RankText, RecordLink } from './common';

/** One member's points in a period, each point with the record behind it. */
export function MemberPointsDrawer({ memberId, from, to, label, onClose }: { memberId: number; from: string; to: string; label: string; onClose: () => void }) {
  const q = useApiQuery('points.member', { memberId, from, to });
  const [eventId, setEventId] = useState<number | null>(null);
  const exporter = useExport();
  const d = q.data;
  const columns: ColumnsType<ScoredLineRecord> = [
    { title: '日期', dataIndex: 'date', width: 105 },
    { title: '来源', dataIndex: 'module', width: 90, render: (m: string) => <Tag color={moduleColor[m]}>{m}</Tag> },
    {
      title: '记录',
      dataIndex: 'label',
      render: (text: string, l) => <RecordLink table={l.sourceTable} id={l.sourceId} date={l.date} label={text} onEvent={setEventId} />,
    },
    { title: '计分规则', dataIndex: 'ruleName', width: 190, render: (name: string, l) => <span title={`${categoryLabels[l.category]}；${l.kindLabel}`}>{name}</span> },
    {
      title: '积分',
      dataIndex: 'points',
      width: 240,
      align: 'right',
      render: (p: number, l) => (
        <Space size={2}>
          <LineTags line={l} />
          <b style={{ color: p < 0 ? '#cf1322' : undefined }}>{pts(p)}</b>
        </Space>
      ),
    },
  ];
  return (
    <Drawer open width={980} title={d ? `${d.name}的履职积分（${label}）` : '履职积分'} onClose={onClose} destroyOnHidden>
      {!d ? (
        <Spin />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }} size="middle">
          <Descriptions size="small" column={4} bordered>
            <Descriptions.Item label="界别">{d.sectorName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="活动组">{d.groupName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="统计时段">
              {d.from} 至 {d.to}
            </Descriptions.Item>
            <Descriptions.Item label="名次">
              <RankText rank={d.rank} tied={d.tied} />
              {d.rank !== null && `（共${d.of}人）`}
            </Descriptions.Item>
          </Descriptions>
          <Space size={40}>
            <Statistic title="总积分" value={d.total} />
            {pointCategories.map((c) => (
              <Statistic key={c} title={categoryLabels[c]} value={d.byCategory[c]} />
            ))}
          </Space>
          {d.closedYears.length > 0 && <Alert type="info" showIcon title={`${d.closedYears.join('、')}年度已结账：该年度的积分取自结账时的记录，不随以后的规则或记录修改而变化。`} />}
          <div className="page-toolbar">
            <b>计分记录（{d.lines.length}条）</b>
            <span className="spacer" />
            <Button
              loading={exporter.busy}
              onClick={() =>
                exporter.run(() =>
                  exportExcel(
                    `${d.name}履职积分明细${label}`,
                    [
                      { header: '日期', width: 12, value: (l: ScoredLineRecord) => l.date },
                      { header: '来源', width: 10, value: (l) => l.module },
                      { header: '记录', width: 50, value: (l) => l.label },
                      { header: '计分事项', width: 20, value: (l) => l.kindLabel },
                      { header: '计分规则', width: 24, value: (l) => l.ruleName },
                      { header: '积分类别', width: 10, value: (l) => categoryLabels[l.category] },
                      { header: '规则分值', width: 10, value: (l) => l.rulePoints },
                      { header: '积分', width: 8, value: (l) => l.points },
                      { header: '说明', width: 28, value: (l) => [l.share ?? '', l.capped ? '已达年度上限' : '', l.topped ? '按最高级别补差' : '', l.closed ? '结账数据' : ''].filter(Boolean).join('；') },
                    ],
                    d.lines,
                  ),
                )
              }
            >
              导出Excel
            </Button>
          </div>
          <Table<ScoredLineRecord>
            size="small"
            rowKey={(l) => `${l.sourceTable}-${l.sourceId}-${l.kind}-${l.ruleId}-${l.date}`}
            columns={columns}
            dataSource={d.lines}
            pagination={false}
            locale={{ emptyText: '该时段没有计分记录' }}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={4}>
                  合计
                </Table.Summary.Cell>
                <Table.Summary.Cell index={1} align="right">
                  <b>{pts(d.total)}</b>
                </Table.Summary.Cell>
              </Table.Summary.Row>
            )}
          />
          {d.unmatchedFacts.length > 0 && (
            <Collapse
              size="small"
              items={[
                {
                  key: 'unmatched',
                  label: `不计分的记录（${d.unmatchedFacts.length}条，没有对应的积分规则）`,
                  children: (
                    <Table
                      size="small"
                      rowKey={(f) => `${f.sourceTable}-${f.sourceId}-${f.kind}`}
                      pagination={false}
                      dataSource={d.unmatchedFacts}
                      columns={[
                        { title: '日期', dataIndex: 'date', width: 105 },
                        { title: '计分事项', dataIndex: 'kindLabel', width: 160 },
                        { title: '记录', dataIndex: 'label' },
                      ]}
                    />
                  ),
                },
              ]}
            />
          )}
        </Space>
      )}
      {eventId && <EventAttendance id={eventId} onClose={() => setEventId(null)} />}
    </Drawer>
  );
}
