import { Button, Card, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { ExcellentUnitRecord } from '../../../../shared/contract/proposals';
import { formatChineseDate } from '../../../../shared/domain/chineseDate';
import { VoidButton } from '../../components/VoidButton';
import { listAll } from '../../lib/api';
import { exportExcel, type ExcelColumn } from '../../lib/excel';
import { useApiMutation, useApiQuery } from '../../lib/query';
import { useExport } from '../../lib/useExport';
import type { SessionScope } from './common';

/** 评为优秀承办单位 for one 会次 (or the 平时 proposals): date and a note; the suggestion is the statistics'. */
export function MarkExcellentUnitDialog({ scope, scopeName, unit, onClose }: { scope: { termId: number; meetingId: number | null }; scopeName: string; unit: { id: number; name: string; candidate: boolean }; onClose: () => void }) {
  const [date, setDate] = useState(dayjs().format('YYYY-MM-DD'));
  const [note, setNote] = useState(`${dayjs().year()}年度提案办理工作优秀承办单位`);
  const run = useApiMutation('proposal.markExcellentUnit', { success: `已将${unit.name}评为优秀承办单位`, onSuccess: onClose });
  return (
    <Modal
      open
      title={`评为优秀承办单位：${unit.name}`}
      okText="确认评定"
      cancelText="取消"
      okButtonProps={{ disabled: !date, loading: run.isPending }}
      onOk={() => run.mutate({ ...scope, unitId: unit.id, date, note })}
      onCancel={onClose}
      destroyOnHidden
    >
      <p>
        评定范围：{scopeName}
        {unit.candidate ? '（统计建议：主办提案全部按期办复，征询意见全部满意或基本满意）' : ''}
      </p>
      <Form layout="vertical" component="div">
        <Form.Item label="评定日期" htmlFor="excUnitDate" required>
          <DatePicker id="excUnitDate" allowClear={false} value={dayjs(date)} onChange={(d) => d && setDate(d.format('YYYY-MM-DD'))} />
        </Form.Item>
        <Form.Item label="说明" htmlFor="excUnitNote">
          <Input id="excUnitNote" value={note} onChange={(e) => setNote(e.target.value)} maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

const excelColumns: ExcelColumn<ExcellentUnitRecord>[] = [
  { header: '承办单位', width: 28, value: (r) => r.unitName },
  { header: '届次', width: 10, value: (r) => r.termName },
  { header: '会次', width: 14, value: (r) => (r.sessionName === '平时' ? '平时提案' : r.sessionName) },
  { header: '评定日期', width: 12, value: (r) => r.date },
  { header: '说明', width: 36, value: (r) => r.note },
  { header: '登记人', width: 10, value: (r) => r.actor },
  { header: '撤销原因', width: 24, value: (r) => (r.voidedAt ? (r.voidReason ?? '') : '') },
];

/** 优秀承办单位名单: the statistics page's 届/会次, or every 会次 of a 年度; 撤销 (作废 with a reason) and 恢复. */
export function ExcellentUnitsCard({ scope }: { scope: SessionScope }) {
  const [year, setYear] = useState<number | null>(null);
  const [includeVoided, setIncludeVoided] = useState(false);
  const [page, setPage] = useState(1);
  const filter = year ? { year, includeVoided } : { termId: scope.termId, meetingId: scope.meetingId, includeVoided };
  const q = useApiQuery('proposal.excellentUnits', { ...filter, page, pageSize: 20 }, { enabled: !!year || !!scope.termId });
  const voidIt = useApiMutation('proposal.voidExcellentUnit', { success: '已撤销优秀承办单位（记录保留）' });
  const restore = useApiMutation('proposal.restoreExcellentUnit', { success: '已恢复' });
  const exporter = useExport();
  return (
    <Card
      size="small"
      title="优秀承办单位"
      aria-label="优秀承办单位名单"
      style={{ marginBottom: 16 }}
      extra={
        <Space>
          <InputNumber
            aria-label="评定年度"
            placeholder="评定年度"
            min={2000}
            max={2100}
            value={year}
            onChange={(v) => {
              setYear(v ?? null);
              setPage(1);
            }}
            style={{ width: 120 }}
          />
          <Checkbox checked={includeVoided} onChange={(e) => setIncludeVoided(e.target.checked)}>
            显示已撤销
          </Checkbox>
          <Button size="small" loading={exporter.busy} onClick={() => exporter.run(async () => exportExcel(year ? `优秀承办单位-${year}年度` : '优秀承办单位', excelColumns, await listAll('proposal.excellentUnits', filter)))}>
            导出Excel
          </Button>
        </Space>
      }
    >
      <Table<ExcellentUnitRecord>
        size="small"
        rowKey="id"
        loading={q.isFetching}
        dataSource={q.data?.rows}
        locale={{ emptyText: year ? `${year}年度没有评定优秀承办单位。` : '本会次尚未评定优秀承办单位。可在下方“承办单位办理情况”中点“评为优秀”。' }}
        pagination={{ current: page, pageSize: 20, total: q.data?.total, hideOnSinglePage: true, onChange: setPage }}
        columns={[
          { title: '承办单位', dataIndex: 'unitName', render: (n: string, r) => (r.voidedAt ? <Typography.Text delete>{n}</Typography.Text> : <Tag color="gold">{n}</Tag>) },
          { title: '届次/会次', width: 170, render: (_, r) => `${r.termName}${r.sessionName === '平时' ? '平时提案' : r.sessionName}` },
          { title: '评定日期', dataIndex: 'date', width: 130, render: (d: string) => formatChineseDate(d) },
          { title: '说明', dataIndex: 'note' },
          { title: '登记人', dataIndex: 'actor', width: 90 },
          {
            title: '操作',
            width: 180,
            render: (_, r) =>
              r.voidedAt ? (
                <Space size={4}>
                  <Typography.Text type="secondary">已撤销：{r.voidReason}</Typography.Text>
                  <Button type="link" size="small" onClick={() => restore.mutate({ id: r.id, version: r.version })}>
                    恢复
                  </Button>
                </Space>
              ) : (
                <VoidButton what="优秀承办单位" name={r.unitName} label="撤销" onConfirm={(reason) => voidIt.mutateAsync({ id: r.id, version: r.version, reason })} />
              ),
          },
        ]}
      />
    </Card>
  );
}
