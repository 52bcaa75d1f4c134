import { Alert, App, Button, Card, Col, Drawer, Row, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Figure, FigureRecordRef } from '../../../../shared/contract/points';
import { factModules } from '../../../../shared/domain/points/kinds';
import { DocumentPreview, type DocumentRequest } from '../../components/DocumentPreview';
import { exportExcel } from '../../lib/excel';
import { useApiQuery } from '../../lib/query';
import { useExport } from '../../lib/useExport';
import { EventAttendance } from './EventsTab';
import { moduleColor, RecordLink, useYearOptions } from './common';
import { figuresDraftRequest } from './documents';

/** 年度数据: the figures an annual 工作报告 quotes, each clickable to the records behind it. */
export function FiguresTab() {
  const { message } = App.useApp();
  const [year, setYear] = useState(new Date().getFullYear());
  const years = useYearOptions(year);
  const q = useApiQuery('points.figures', { year });
  const [open, setOpen] = useState<Figure | null>(null);
  const byModule = useMemo(() => factModules.map((m) => ({ module: m, figures: (q.data?.figures ?? []).filter((f) => f.module === m) })).filter((g) => g.figures.length), [q.data]);
  const text = (q.data?.paragraphs ?? []).map((p) => p.text).join('\n');
  const [request, setRequest] = useState<DocumentRequest | null>(null);
  return (
    <>
      <div className="page-toolbar">
        <Select aria-label="年度" style={{ width: 110 }} options={years} value={year} onChange={setYear} />
        <span style={{ color: '#666' }}>点击数字查看对应的每一条记录。</span>
        <span className="spacer" />
        <Button type="primary" disabled={!q.data} onClick={() => figuresDraftRequest(year).then(setRequest, (e: Error) => void message.error(e.message, 6))}>
          生成Word
        </Button>
      </div>
      {q.data && q.data.missingModules.length > 0 && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={`${q.data.missingModules.join('、')}尚未启用，暂无相关数字。`} />}
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        {byModule.map((g) => (
          <Card key={g.module} size="small" title={<Tag color={moduleColor[g.module]}>{g.module}</Tag>}>
            <Row gutter={[16, 16]}>
              {g.figures.map((f) => (
                <Col key={f.key} xs={12} md={6}>
                  <button type="button" className="figure-button" aria-label={`${f.label} ${f.text}`} onClick={() => setOpen(f)} title={f.definition} style={{ all: 'unset', cursor: 'pointer', display: 'block' }}>
                    <Statistic title={f.label} value={f.text} valueStyle={{ color: '#1677ff' }} />
                    <div style={{ color: '#999', fontSize: 12 }}>{f.definition}</div>
                  </button>
                </Col>
              ))}
            </Row>
          </Card>
        ))}
        {q.data && (
          <Card
            size="small"
            title="工作报告引用段落（草稿）"
            extra={
              <Button
                size="small"
                onClick={() =>
                  navigator.clipboard.writeText(text).then(
                    () => message.success('已复制'),
                    () => message.error('复制失败，请手动选择文字复制'),
                  )
                }
              >
                复制
              </Button>
            }
          >
            {q.data.paragraphs.map((p) => (
              <Typography.Paragraph key={p.module} style={{ textIndent: '2em', marginBottom: 8 }}>
                {p.text}
              </Typography.Paragraph>
            ))}
          </Card>
        )}
      </Space>
      {open && <FigureRecords figure={open} year={year} onClose={() => setOpen(null)} />}
      {request && <DocumentPreview request={request} onClose={() => setRequest(null)} />}
    </>
  );
}

function FigureRecords({ figure, year, onClose }: { figure: Figure; year: number; onClose: () => void }) {
  const exporter = useExport();
  const [eventId, setEventId] = useState<number | null>(null);
  return (
    <Drawer open width={860} title={`${year}年 ${figure.label}：${figure.text}`} onClose={onClose} destroyOnHidden>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Alert type="info" showIcon title={figure.definition} />
        <div className="page-toolbar">
          <b>对应记录（{figure.records.length}条）</b>
          <span className="spacer" />
          <Button
            loading={exporter.busy}
            onClick={() =>
              exporter.run(() =>
                exportExcel(
                  `${year}年${figure.label}明细`,
                  [
                    { header: '日期', width: 12, value: (r: FigureRecordRef) => r.date },
                    { header: '记录', width: 60, value: (r) => r.label },
                    { header: '说明', width: 40, value: (r) => r.detail },
                  ],
                  figure.records,
                ),
              )
            }
          >
            导出Excel
          </Button>
        </div>
        <Table<FigureRecordRef>
          size="small"
          rowKey={(r) => `${r.table}-${r.id}`}
          pagination={{ defaultPageSize: 50 }}
          dataSource={figure.records}
          columns={[
            { title: '序号', key: 'n', width: 60, render: (_, __, i) => i + 1 },
            { title: '日期', dataIndex: 'date', width: 110 },
            {
              title: '记录',
              dataIndex: 'label',
              render: (t: string, r) => <RecordLink table={r.opens?.table ?? r.table} id={r.opens?.id ?? r.id} date={r.date} label={t} onEvent={setEventId} />,
            },
            { title: '说明', dataIndex: 'detail', width: 260, ellipsis: true },
          ]}
        />
      </Space>
      {eventId && <EventAttendance id={eventId} onClose={() => setEventId(null)} />}
    </Drawer>
  );
}
