import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, App, Button, Col, DatePicker, Form, Modal, Row, Space, Switch, Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useForm, useWatch, type FieldValues } from 'react-hook-form';
import { ruleFields, type FactKindRecord, type RuleRecord } from '../../../../shared/contract/points';
import { levelModes } from '../../../../shared/domain/opinion/scoring';
import { defaultRules } from '../../../../shared/domain/points/defaults';
import { categoryLabels, factModules, pointCategories, pointLevels } from '../../../../shared/domain/points/kinds';
import { DEFAULT_SHARE_RATIO, shareModes } from '../../../../shared/domain/points/share';
import { FormField, submitOnEnter, type FieldSpec } from '../../components/FormField';
import { VoidButton } from '../../components/VoidButton';
import { exportExcel } from '../../lib/excel';
import { enumOptions } from '../../lib/options';
import { useApiMutation, useApiQuery } from '../../lib/query';
import { useExport } from '../../lib/useExport';
import { moduleColor, pts, todayIso } from './common';

const stateColor = { 生效中: 'green', 未生效: 'blue', 已停用: 'default' } as const;

/** 积分规则: what counts, how much, the yearly cap and from when; changes never reach back into closed years. */
export function RulesTab() {
  const [includeVoided, setIncludeVoided] = useState(false);
  const rules = useApiQuery('points.rule.list', { includeVoided });
  const kinds = useApiQuery('points.kinds', {});
  const years = useApiQuery('points.year.list', {});
  const closed = (years.data ?? []).filter((y) => y.closure).map((y) => y.year);
  const [editing, setEditing] = useState<RuleRecord | 'new' | null>(null);
  const [stopping, setStopping] = useState<RuleRecord | null>(null);
  const [loading, setLoading] = useState(false);
  const voidIt = useApiMutation('points.rule.void', { success: '规则已作废' });
  const restore = useApiMutation('points.rule.restore', { success: '规则已恢复' });
  const exporter = useExport();

  const columns: ColumnsType<RuleRecord> = [
    { title: '类别', dataIndex: 'category', width: 86, render: (c: RuleRecord['category']) => categoryLabels[c] },
    { title: '规则名称', dataIndex: 'name', width: 170 },
    {
      title: '计分内容',
      dataIndex: 'description',
      render: (d: string, r) => (
        <Space size={4}>
          <Tag color={moduleColor[r.module]}>{r.module}</Tag>
          {d}
          {!r.available && (
            <Tooltip title={`${r.module}模块尚未启用，这条规则暂时不计分`}>
              <Tag color="red">未接入</Tag>
            </Tooltip>
          )}
        </Space>
      ),
    },
    { title: '分值', dataIndex: 'points', width: 60, align: 'right', render: (p: number) => pts(p) },
    { title: '年度上限', dataIndex: 'yearlyCap', width: 80, align: 'right', render: (c: number | null) => (c === null ? '不限' : c) },
    { title: '生效日期', dataIndex: 'effectiveFrom', width: 100 },
    { title: '停用日期', dataIndex: 'effectiveTo', width: 100, render: (d: string | null) => d ?? '' },
    { title: '状态', dataIndex: 'state', width: 80, render: (s: RuleRecord['state'], r) => (r.voidedAt ? <Tag>已作废</Tag> : <Tag color={stateColor[s]}>{s}</Tag>) },
    {
      title: '操作',
      key: 'actions',
      width: 140,
      render: (_, r) =>
        r.voidedAt ? (
          <Button type="link" size="small" onClick={() => restore.mutate({ id: r.id, version: r.version })}>
            恢复
          </Button>
        ) : (
          <Space size={0}>
            <Button type="link" size="small" onClick={() => setEditing(r)}>
              修改
            </Button>
            {r.effectiveTo === null && (
              <Button type="link" size="small" onClick={() => setStopping(r)}>
                停用
              </Button>
            )}
            <VoidButton what="积分规则" name={r.name} onConfirm={(reason) => voidIt.mutateAsync({ id: r.id, version: r.version, reason })} />
          </Space>
        ),
    },
  ];

  const empty = rules.data && rules.data.length === 0 && !includeVoided;
  return (
    <>
      <div className="page-toolbar">
        <Button type="primary" onClick={() => setEditing('new')}>
          新增规则
        </Button>
        {empty && (
          <Button loading={loading} onClick={() => setLoading(true)}>
            载入常用规则
          </Button>
        )}
        <span className="spacer" />
        <Space>
          <span>显示已作废</span>
          <Switch size="small" aria-label="显示已作废" checked={includeVoided} onChange={setIncludeVoided} />
        </Space>
        <Button
          loading={exporter.busy}
          disabled={!rules.data?.length}
          onClick={() =>
            exporter.run(() =>
              exportExcel(
                '履职积分规则',
                [
                  { header: '类别', width: 10, value: (r: RuleRecord) => categoryLabels[r.category] },
                  { header: '规则名称', width: 24, value: (r) => r.name },
                  { header: '来源', width: 10, value: (r) => r.module },
                  { header: '计分内容', width: 48, value: (r) => r.description },
                  { header: '分值', width: 8, value: (r) => r.points },
                  { header: '年度上限', width: 10, value: (r) => r.yearlyCap ?? '不限' },
                  { header: '生效日期', width: 12, value: (r) => r.effectiveFrom },
                  { header: '停用日期', width: 12, value: (r) => r.effectiveTo ?? '' },
                  { header: '状态', width: 8, value: (r) => (r.voidedAt ? '已作废' : r.state) },
                  { header: '版本', width: 6, value: (r) => r.versions.length },
                  { header: '说明', width: 30, value: (r) => r.note },
                ],
                rules.data ?? [],
              ),
            )
          }
        >
          导出Excel
        </Button>
      </div>
      {closed.length > 0 && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={`${closed.join('、')}年度已结账：修改规则只能从未结账的年度起生效，已结账年度的积分不会改变。`} />}
      {empty && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={`还没有积分规则。可以“载入常用规则”（固定、任务、激励积分共${defaultRules.length}条，载入后可逐条修改），也可以逐条新增。`} />}
      <Table<RuleRecord>
        rowKey="ruleKey"
        size="middle"
        loading={rules.isFetching}
        columns={columns}
        dataSource={rules.data}
        pagination={false}
        expandable={{
          rowExpandable: (r) => r.versions.length > 1,
          expandedRowRender: (r) => (
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={r.versions}
              columns={[
                { title: '版本', dataIndex: 'seq', width: 60 },
                { title: '生效日期', dataIndex: 'effectiveFrom', width: 110 },
                { title: '停用日期', dataIndex: 'effectiveTo', width: 110, render: (d: string | null) => d ?? '' },
                { title: '计分内容', dataIndex: 'description' },
                { title: '修改时间', dataIndex: 'createdAt', width: 170, render: (d: string) => dayjs(d).format('YYYY-MM-DD HH:mm') },
              ]}
            />
          ),
        }}
      />
      {editing && kinds.data && <RuleForm rule={editing === 'new' ? undefined : editing} kinds={kinds.data} closedYears={closed} onClose={() => setEditing(null)} />}
      {stopping && <StopDialog rule={stopping} onClose={() => setStopping(null)} />}
      {loading && <LoadDefaults onClose={() => setLoading(false)} />}
    </>
  );
}

function LoadDefaults({ onClose }: { onClose: () => void }) {
  const [date, setDate] = useState(`${new Date().getFullYear()}-01-01`);
  const load = useApiMutation('points.rule.loadDefaults', { success: (o) => `已载入${o.created}条常用规则`, onSuccess: onClose });
  return (
    <Modal open title="载入常用规则" okText="载入" cancelText="取消" confirmLoading={load.isPending} onOk={() => load.mutate({ effectiveFrom: date })} onCancel={onClose}>
      <p>常用规则参照县级政协的做法：出席会议等固定积分，提案、社情民意、发言、活动和民主监督等任务积分，批示、优秀提案等激励积分，载入后可逐条修改。</p>
      <Form layout="vertical" component="div">
        <Form.Item label="自何日起生效" htmlFor="defaultsFrom">
          <DatePicker id="defaultsFrom" allowClear={false} value={dayjs(date)} onChange={(d) => d && setDate(d.format('YYYY-MM-DD'))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function StopDialog({ rule, onClose }: { rule: RuleRecord; onClose: () => void }) {
  const [date, setDate] = useState(todayIso());
  const stop = useApiMutation('points.rule.stop', { success: '规则已停用', onSuccess: onClose });
  return (
    <Modal open title={`停用规则：${rule.name}`} okText="确认停用" okButtonProps={{ danger: true }} cancelText="取消" confirmLoading={stop.isPending} onOk={() => stop.mutate({ id: rule.id, version: rule.version, stopFrom: date })} onCancel={onClose}>
      <p>自停用日期起，这条规则不再计分；此前的记录仍按这条规则计分。</p>
      <Form layout="vertical" component="div">
        <Form.Item label="自何日起停用" htmlFor="stopFrom">
          <DatePicker id="stopFrom" allowClear={false} value={dayjs(date)} onChange={(d) => d && setDate(d.format('YYYY-MM-DD'))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type Values = FieldValues;

const shareModeLabels: Record<(typeof shareModes)[number], string> = {
  各计全分: '各计全分（每位作者都计全分）',
  均分: '均分（按作者人数均分，保留一位小数）',
  第一作者全分其余按比例: '第一作者全分，其他作者按比例',
};

/** The fields that decide the points: changing any of them makes a new version from a date. */
const scoringFields = ['kind', 'points', 'yearlyCap', 'level', 'levelMode', 'tag', 'category', 'shareMode', 'shareRatio'] as const;

function RuleForm({ rule, kinds, closedYears, onClose }: { rule?: RuleRecord; kinds: FactKindRecord[]; closedYears: number[]; onClose: () => void }) {
  const { modal } = App.useApp();
  const save = useApiMutation('points.rule.save', { success: rule ? '规则已修改' : '规则已新增', onSuccess: onClose });
  /** Today, or 1 January after the last closed year when today lies in a closed year. */
  const firstOpen = useMemo(() => {
    const last = Math.max(0, ...closedYears);
    const today = todayIso();
    return Number(today.slice(0, 4)) <= last ? `${last + 1}-01-01` : today;
  }, [closedYears]);
  // Rules saved before 联名计分 existed have no mode: they scored 各计全分.
  const stored = useMemo(() => (rule ? { ...rule, shareMode: rule.shareMode ?? (kinds.find((k) => k.kind === rule.kind)?.joint ? '各计全分' : null) } : undefined), [rule, kinds]);
  const form = useForm<Values>({
    resolver: zodResolver(ruleFields as never) as never,
    defaultValues: stored
      ? {
          name: stored.name,
          category: stored.category,
          kind: stored.kind,
          level: stored.level,
          levelMode: stored.levelMode,
          tag: stored.tag,
          points: stored.points,
          yearlyCap: stored.yearlyCap,
          shareMode: stored.shareMode,
          shareRatio: stored.shareRatio,
          effectiveFrom: firstOpen < stored.effectiveFrom ? stored.effectiveFrom : firstOpen,
          note: stored.note,
          sort: stored.sort,
        }
      : { name: '', category: '任务', kind: undefined, level: null, levelMode: null, tag: null, points: undefined, yearlyCap: null, shareMode: null, shareRatio: null, effectiveFrom: `${firstOpen.slice(0, 4)}-01-01`, note: '', sort: 0 },
  });
  const kindKey = useWatch({ control: form.control, name: 'kind' }) as string | undefined;
  const effectiveFrom = useWatch({ control: form.control, name: 'effectiveFrom' }) as string;
  const shareMode = useWatch({ control: form.control, name: 'shareMode' }) as string | null;
  const kind = kinds.find((k) => k.kind === kindKey);
  /** 计分事项 is the rule's identity once a closed year counted with it (the service refuses too). */
  const kindLocked = !!rule && rule.usedInClosedYears.length > 0;
  useEffect(() => {
    if (shareMode === '第一作者全分其余按比例') {
      if (form.getValues('shareRatio') == null) form.setValue('shareRatio', DEFAULT_SHARE_RATIO);
    } else form.setValue('shareRatio', null);
  }, [shareMode, form]);
  useEffect(() => {
    if (!kind || rule) return;
    if (!form.getValues('name')) form.setValue('name', kind.label);
    form.setValue('category', kind.defaultCategory);
    if (form.getValues('points') === undefined) form.setValue('points', kind.typicalPoints);
    if (!kind.hasLevel) {
      form.setValue('level', null);
      form.setValue('levelMode', null);
    } else if (!form.getValues('levelMode')) form.setValue('levelMode', '取最高');
    if (!kind.tags.includes(form.getValues('tag'))) form.setValue('tag', null);
    form.setValue('shareMode', kind.joint ? '各计全分' : null);
  }, [kind, rule, form]);

  const kindOptions = factModules.map((m) => ({
    label: m,
    options: kinds.filter((k) => k.module === m).map((k) => ({ value: k.kind, label: `${k.label}${k.available ? '' : '（模块未启用）'}` })),
  }));
  const fields: FieldSpec<Values>[][] = [
    [
      { name: 'kind', label: '计分事项', type: 'select', options: kindOptions as never, required: true, autoFocus: !rule, disabled: kindLocked },
      { name: 'name', label: '规则名称', type: 'text', required: true, maxLength: 60 },
    ],
    [
      { name: 'category', label: '积分类别', type: 'select', options: pointCategories.map((c) => ({ value: c, label: categoryLabels[c] })), required: true },
      ...(kind?.hasLevel
        ? [
            { name: 'level', label: '级别', type: 'select', options: enumOptions(pointLevels), placeholder: '不限级别' } as FieldSpec<Values>,
            { name: 'levelMode', label: '多级别计分', type: 'select', options: levelModes.map((m) => ({ value: m, label: m === '取最高' ? '取最高（同一篇只计最高级别）' : '累计（每一级都计分）' })) } as FieldSpec<Values>,
          ]
        : kind?.tags.length
          ? [{ name: 'tag', label: kind.tagLabel ?? '细分类型', type: 'select', options: enumOptions(kind.tags), placeholder: '不限' } as FieldSpec<Values>]
          : []),
    ],
    ...(kind?.joint
      ? [
          [
            { name: 'shareMode', label: '联名计分', type: 'select', options: shareModes.map((m) => ({ value: m, label: shareModeLabels[m] })), required: true } as FieldSpec<Values>,
            ...(shareMode === '第一作者全分其余按比例' ? [{ name: 'shareRatio', label: '其他作者计分比例（%）', type: 'number', required: true } as FieldSpec<Values>] : []),
          ],
        ]
      : []),
    [
      { name: 'points', label: '每项分值（扣分填负数）', type: 'number', required: true },
      { name: 'yearlyCap', label: '年度上限（不限请留空）', type: 'number' },
      { name: 'effectiveFrom', label: rule ? '修改自何日起生效' : '生效日期', type: 'date', required: true },
    ],
    [{ name: 'note', label: '说明', type: 'text', maxLength: 500 }],
  ];
  const inClosed = effectiveFrom && closedYears.includes(Number(effectiveFrom.slice(0, 4)));
  const submit = form.handleSubmit((v) => {
    // Empty text, null and undefined are all “not set” (tag, level, cap); a 0 score is a value.
    const norm = (x: unknown) => (x === '' || x === undefined ? null : x);
    const changesPoints = !!stored && scoringFields.some((k) => norm(v[k]) !== norm(stored[k]));
    // Only the wording (name, note) changed: stored on the current version, whatever the date says.
    const effective = rule && !changesPoints ? rule.effectiveFrom : v.effectiveFrom;
    const payload = { ...v, tag: v.tag || null, yearlyCap: v.yearlyCap ?? null, effectiveFrom: effective, ...(rule ? { id: rule.id, version: rule.version } : {}) };
    if (changesPoints && v.effectiveFrom !== rule!.effectiveFrom) {
      modal.confirm({
        title: '修改积分规则',
        content: `自${v.effectiveFrom}起按新规则计分，此前的记录仍按原规则计分；已结账年度不受影响。`,
        okText: '确认修改',
        cancelText: '取消',
        onOk: () => save.mutateAsync(payload as never),
      });
    } else save.mutate(payload as never);
  });
  return (
    <Modal open width={760} title={rule ? `修改积分规则：${rule.name}` : '新增积分规则'} okText="保存" cancelText="取消" onOk={submit} confirmLoading={save.isPending} onCancel={onClose} maskClosable={false} destroyOnHidden>
      {rule && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={`当前版本自${rule.effectiveFrom}起生效。修改分值、上限等请填写“修改自何日起生效”：该日以前的记录仍按原规则计分。`} />}
      {kindLocked && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={`该规则已用于已结账的${rule.usedInClosedYears.join('、')}年度，计分事项不能修改。如需对其他事项计分，请新增一条规则；本规则不再使用的，可设置停用日期。`} />}
      {kindKey === 'proposal.filed' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="“立案提案（全体提案人）”对每件立案提案的领衔人和附议人一并计分（按联名计分方式分配）。同时生效的“立案提案（个人或领衔）”“立案提案（附议）”规则会让同一件提案重复计分，请从同一日期起停用它们。"
        />
      )}
      {inClosed && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={`${effectiveFrom.slice(0, 4)}年度已结账，请选择${Number(effectiveFrom.slice(0, 4)) + 1}年1月1日或以后的日期。`} />}
      <Form layout="vertical" component="div" onKeyDown={submitOnEnter(submit)}>
        {fields.map((row, i) => (
          <Row gutter={16} key={i}>
            {row.map((f) => (
              <Col span={24 / row.length} key={f.name}>
                <FormField control={form.control} spec={f} />
              </Col>
            ))}
          </Row>
        ))}
      </Form>
    </Modal>
  );
}
