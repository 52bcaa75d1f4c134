import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, App, Button, Card, Col, Empty, Form, Input, Row, Select, Space, Table, Tabs, Tag, Tooltip, Typography } from 'antd';
import { ArrowDownOutlined, ArrowLeftOutlined, ArrowUpOutlined, DeleteOutlined, HolderOutlined, PlusOutlined } from '@ant-design/icons';
import { useMemo, useState, type DragEvent } from 'react';
import { Controller, useFieldArray, useForm, useWatch, type Control, type FieldValues, type UseFieldArrayReturn } from 'react-hook-form';
import { volumeFields, type VolumeRecord } from '../../../../shared/contract/history';
import { optionalText, text } from '../../../../shared/contract/fields';
import { boardPeople, boardRoleOptions, groupBoard, type BoardPerson } from '../../../../shared/domain/history/board';
import { z } from '../../../../shared/contract/zod';
import { volumeCoverLabel } from '../../../../shared/domain/history/volume';
import { volumeEligibleStatuses } from '../../../../shared/domain/history/status';
import { FormField, type FieldSpec } from '../../components/FormField';
import { VoidButton } from '../../components/VoidButton';
import { exportExcel } from '../../lib/excel';
import { useApiMutation, useApiQuery } from '../../lib/query';
import { useExport } from '../../lib/useExport';
import { ArticleStatusTag, RateTag, cnDate, proofDone, useHistoryNav } from './common';
import { VolumeWordButton } from './volumeWord';

type VolumeArticle = VolumeRecord['articles'][number];
interface LayoutSection {
  key: string;
  id?: number;
  title: string;
  articleIds: number[];
}

function layoutOf(v: VolumeRecord): LayoutSection[] {
  const sections: LayoutSection[] = v.sections.map((s) => ({ key: `s${s.id}`, id: s.id, title: s.title, articleIds: [] }));
  const loose: LayoutSection = { key: 'loose', title: '', articleIds: [] };
  for (const a of v.articles) (sections.find((s) => s.id === a.sectionId) ?? loose).articleIds.push(a.id);
  return loose.articleIds.length || sections.length === 0 ? [loose, ...sections] : sections;
}

/** One 辑: 篇目编排 (sections, drag to order), 书名与编委会, 序与编后记, 版权页; 付印 and the whole volume as Word. */
export function VolumePage({ id }: { id: number }) {
  const q = useApiQuery('history.volume.get', { id });
  const nav = useHistoryNav();
  const v = q.data;
  if (!v) return <Card loading />;
  const editable = !v.voidedAt && (v.status === '编辑中' || v.imported);
  return (
    <>
      <div className="page-toolbar">
        <Button icon={<ArrowLeftOutlined />} onClick={() => nav({ tab: 'volumes' })}>
          返回
        </Button>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {volumeCoverLabel(v.number)}《{v.title}》
        </Typography.Title>
        {v.voidedAt ? <Tag>已作废：{v.voidReason}</Tag> : v.imported ? <Tag color="purple">历史入库</Tag> : <Tag color={v.status === '已付印' ? 'green' : 'blue'}>{v.status}</Tag>}
        <span>
          {v.articleCount}篇，{v.wordCount}字{v.printedAt && !v.imported ? `，${cnDate(v.printedAt)}付印` : ''}
        </span>
        <span className="spacer" />
        <VolumeWordButton volume={v} />
        {!v.imported && v.status === '编辑中' && !v.voidedAt && <PrintButton volume={v} />}
        {!v.imported && v.status === '已付印' && !v.voidedAt && <UnprintButton volume={v} />}
        {!v.voidedAt && (v.imported || v.status === '编辑中') && <VoidVolume volume={v} />}
      </div>
      <Tabs
        defaultActiveKey="arrange"
        items={[
          { key: 'arrange', label: '篇目编排', children: <Arrangement key={v.version} volume={v} editable={editable && !v.imported} /> },
          { key: 'info', label: '书名、编委会与版权页', children: <VolumeInfo key={v.version} volume={v} editable={editable} /> },
        ]}
      />
    </>
  );
}

function VoidVolume({ volume }: { volume: VolumeRecord }) {
  const voidIt = useApiMutation('history.volume.void', { success: '已作废' });
  return (
    <VoidButton
      what={volume.imported ? '入库的辑（连同其稿件）' : '辑'}
      name={`第${volume.number}辑《${volume.title}》`}
      onConfirm={(reason) => voidIt.mutateAsync({ id: volume.id, version: volume.version, reason })}
    />
  );
}

function PrintButton({ volume }: { volume: VolumeRecord }) {
  const { modal } = App.useApp();
  const print = useApiMutation('history.volume.print', { success: (v) => `第${v.number}辑已付印` });
  const { blocking, warnings } = volume.printCheck;
  const open = () =>
    modal.confirm({
      title: `付印：第${volume.number}辑《${volume.title}》`,
      width: 560,
      content: (
        <>
          <p>付印后本辑的篇目、稿件和图片都不能再修改，稿件状态改为“已刊用”。如付印后发现问题，可“撤销付印”（须写明原因，记入操作日志）。</p>
          {warnings.length > 0 && <Alert type="warning" showIcon title="以下稿件差错率未达标，确认仍要付印：" description={warnings.map((w) => <div key={w}>{w}</div>)} />}
        </>
      ),
      okText: '确认付印',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => print.mutateAsync({ id: volume.id, version: volume.version, acknowledgeWarnings: warnings.length > 0 }),
    });
  return (
    <Tooltip title={blocking.length ? blocking.join('') : undefined}>
      <Button type="primary" danger disabled={blocking.length > 0} onClick={open}>
        付印
      </Button>
    </Tooltip>
  );
}

/** 撤销付印 with a reason: the volume is editable again and its articles go back to 三校完成. */
function UnprintButton({ volume }: { volume: VolumeRecord }) {
  const unprint = useApiMutation('history.volume.unprint', { success: (v) => `第${v.number}辑已撤销付印` });
  return (
    <VoidButton
      label="撤销付印"
      what=""
      name={`第${volume.number}辑《${volume.title}》`}
      button="default"
      note={`本辑${volume.articleCount}篇稿件将从“已刊用”回到“三校完成”，本辑恢复为“编辑中”，可再修改后重新付印。撤销原因记入操作日志。`}
      onConfirm={(reason) => unprint.mutateAsync({ id: volume.id, version: volume.version, reason })}
    />
  );
}

/** 篇目编排: sections and their articles in print order; drag a row (or use the arrows) to move it; 编入 from the pool of articles past 终审. */
function Arrangement({ volume, editable }: { volume: VolumeRecord; editable: boolean }) {
  const { message } = App.useApp();
  const [layout, setLayout] = useState<LayoutSection[]>(() => layoutOf(volume));
  const [dirty, setDirty] = useState(false);
  const [newSection, setNewSection] = useState('');
  const [dragging, setDragging] = useState<number | null>(null);
  const arrange = useApiMutation('history.volume.arrange', { success: '篇目编排已保存' });
  const pool = useApiQuery('history.article.list', { page: 1, pageSize: 500, unplaced: true, status: [...volumeEligibleStatuses], sortBy: 'receivedDate', sortOrder: 'asc', includeVoided: false });
  const exporter = useExport();
  const known = useMemo(() => {
    const m = new Map<number, Pick<VolumeArticle, 'id' | 'title' | 'author' | 'recorder' | 'status' | 'wordCount' | 'photoCount' | 'errorRate'>>();
    for (const a of volume.articles) m.set(a.id, a);
    for (const a of pool.data?.rows ?? []) if (!m.has(a.id)) m.set(a.id, { id: a.id, title: a.title, author: a.author, recorder: a.recorder, status: a.status, wordCount: a.wordCount, photoCount: a.photoCount, errorRate: a.errorRate });
    return m;
  }, [volume.articles, pool.data]);
  const placed = new Set(layout.flatMap((s) => s.articleIds));
  const available = (pool.data?.rows ?? []).filter((a) => !placed.has(a.id));

  const change = (next: LayoutSection[]) => {
    setLayout(next);
    setDirty(true);
  };
  /** Moves an article to section `to` before article `before` (or at the end). */
  function move(articleId: number, to: string, before?: number) {
    if (articleId === before) return;
    const next = layout.map((s) => ({ ...s, articleIds: s.articleIds.filter((x) => x !== articleId) }));
    const target = next.find((s) => s.key === to)!;
    const at = before === undefined ? -1 : target.articleIds.indexOf(before);
    if (at < 0) target.articleIds.push(articleId);
    else target.articleIds.splice(at, 0, articleId);
    change(next);
  }
  /** One step up or down; past the first or last row of a section it moves into the neighbouring section. */
  function shift(articleId: number, delta: -1 | 1) {
    const si = layout.findIndex((s) => s.articleIds.includes(articleId));
    const ids = layout[si].articleIds;
    const i = ids.indexOf(articleId);
    const j = i + delta;
    const next = layout.map((s) => ({ ...s, articleIds: [...s.articleIds] }));
    if (j >= 0 && j < ids.length) {
      next[si].articleIds[i] = ids[j];
      next[si].articleIds[j] = ids[i];
    } else {
      const ti = si + delta;
      if (ti < 0 || ti >= layout.length) return;
      next[si].articleIds.splice(i, 1);
      if (delta < 0) next[ti].articleIds.push(articleId);
      else next[ti].articleIds.unshift(articleId);
    }
    change(next);
  }
  const remove = (articleId: number) => change(layout.map((s) => ({ ...s, articleIds: s.articleIds.filter((x) => x !== articleId) })));
  const onDrop = (e: DragEvent, section: string, before?: number) => {
    e.preventDefault();
    e.stopPropagation();
    const idText = e.dataTransfer.getData('text/plain');
    setDragging(null);
    if (idText) move(Number(idText), section, before);
  };

  async function save() {
    const sections = layout.filter((s) => s.title.trim() || s.articleIds.length).map((s) => ({ id: s.id, title: s.title.trim(), articleIds: s.articleIds }));
    if (sections.some((s) => !s.title && sections.length > 1 && s.articleIds.length)) {
      void message.warning('有稿件未放入栏目：请为“未分栏目”起名，或把稿件拖入某个栏目。');
      return;
    }
    await arrange.mutateAsync({ id: volume.id, version: volume.version, sections }).catch(() => undefined);
  }

  let seq = 0;
  return (
    <Row gutter={16}>
      <Col span={editable ? 16 : 24}>
        <div className="page-toolbar">
          {editable && (
            <>
              <Input aria-label="新栏目名称" placeholder="新栏目名称，如：工商经济" value={newSection} onChange={(e) => setNewSection(e.target.value)} style={{ width: 220 }} maxLength={40} />
              <Button
                icon={<PlusOutlined />}
                disabled={!newSection.trim()}
                onClick={() => {
                  change([...layout, { key: `new${Date.now()}`, title: newSection.trim(), articleIds: [] }]);
                  setNewSection('');
                }}
              >
                添加栏目
              </Button>
              <Button type="primary" disabled={!dirty} loading={arrange.isPending} onClick={save}>
                保存编排
              </Button>
              {dirty && <span style={{ color: '#d46b08' }}>编排已改动，尚未保存</span>}
            </>
          )}
          <span className="spacer" />
          <Button
            loading={exporter.busy}
            onClick={() =>
              exporter.run(async () => {
                const rows = layout.flatMap((s) => s.articleIds.map((a) => ({ section: s.title, ...known.get(a)! })));
                return {
                  ...(await exportExcel(`第${volume.number}辑篇目`, [
                    { header: '序号', width: 6, value: (r) => rows.indexOf(r) + 1 },
                    { header: '栏目', width: 14, value: (r) => r.section },
                    { header: '篇名', width: 36, value: (r) => r.title },
                    { header: '作者', width: 10, value: (r) => r.author },
                    { header: '整理人', width: 10, value: (r) => r.recorder },
                    { header: '字数', width: 8, value: (r) => r.wordCount },
                    { header: '图片', width: 6, value: (r) => r.photoCount },
                    { header: '状态', width: 10, value: (r) => r.status },
                    { header: '差错率（万分之）', width: 14, value: (r) => r.errorRate ?? '' },
                  ], rows)),
                  rows: rows.length,
                };
              })
            }
          >
            导出篇目Excel
          </Button>
        </div>
        {volume.printCheck.blocking.length > 0 && editable && (
          <Alert type="info" showIcon style={{ marginBottom: 12 }} title="付印前还需：" description={volume.printCheck.blocking.map((b) => <div key={b}>{b}</div>)} />
        )}
        {layout.length === 0 && <Empty description="还没有栏目和稿件：添加栏目，再从右侧“可编入稿件”中编入。" />}
        {layout.map((section, si) => (
          <Card
            key={section.key}
            size="small"
            style={{ marginBottom: 12 }}
            data-section={section.title || '未分栏目'}
            onDragOver={(e) => editable && e.preventDefault()}
            onDrop={(e) => editable && onDrop(e, section.key)}
            title={
              editable ? (
                <Space>
                  <Input
                    aria-label="栏目名称"
                    value={section.title}
                    placeholder="未分栏目（可在此起名）"
                    variant="borderless"
                    style={{ fontWeight: 600, width: 260 }}
                    maxLength={40}
                    onChange={(e) => change(layout.map((s) => (s.key === section.key ? { ...s, title: e.target.value } : s)))}
                  />
                  <Button size="small" type="text" aria-label="栏目上移" icon={<ArrowUpOutlined />} disabled={si === 0} onClick={() => change(layout.map((s, i) => (i === si - 1 ? layout[si] : i === si ? layout[si - 1] : s)))} />
                  <Button size="small" type="text" aria-label="栏目下移" icon={<ArrowDownOutlined />} disabled={si === layout.length - 1} onClick={() => change(layout.map((s, i) => (i === si + 1 ? layout[si] : i === si ? layout[si + 1] : s)))} />
                </Space>
              ) : (
                section.title || '（未分栏目）'
              )
            }
            extra={
              editable && (
                <Tooltip title={section.articleIds.length ? '栏目中还有稿件，删除后这些稿件移出本辑' : '删除栏目'}>
                  <Button size="small" type="text" danger aria-label="删除栏目" icon={<DeleteOutlined />} onClick={() => change(layout.filter((s) => s.key !== section.key))} />
                </Tooltip>
              )
            }
          >
            {section.articleIds.length === 0 && <div style={{ color: '#999', padding: 8 }}>{editable ? '把稿件拖到这里' : '（无稿件）'}</div>}
            {section.articleIds.map((aid) => {
              const a = known.get(aid);
              seq++;
              return (
                <div
                  key={aid}
                  className={`volume-row${dragging === aid ? ' dragging' : ''}`}
                  data-article={a?.title}
                  draggable={editable}
                  onDragStart={(e) => {
                    e.dataTransfer.setData('text/plain', String(aid));
                    e.dataTransfer.effectAllowed = 'move';
                    setDragging(aid);
                  }}
                  onDragEnd={() => setDragging(null)}
                  onDragOver={(e) => editable && e.preventDefault()}
                  onDrop={(e) => editable && onDrop(e, section.key, aid)}
                >
                  {editable && <HolderOutlined className="drag-handle" />}
                  <span className="seq">{seq}.</span>
                  <span className="title">{a?.title ?? `稿件${aid}`}</span>
                  <span className="author">
                    {a?.author}
                    {a?.recorder ? `（${a.recorder}整理）` : ''}
                  </span>
                  <span className="words">{a?.wordCount}字</span>
                  {a && <ArticleStatusTag status={a.status} />}
                  {a && <RateTag rate={a.errorRate} neutral={!proofDone(a.status)} />}
                  {editable && (
                    <Space size={0}>
                      <Button size="small" type="text" aria-label={`上移《${a?.title}》`} icon={<ArrowUpOutlined />} onClick={() => shift(aid, -1)} />
                      <Button size="small" type="text" aria-label={`下移《${a?.title}》`} icon={<ArrowDownOutlined />} onClick={() => shift(aid, 1)} />
                      <Button size="small" type="link" danger onClick={() => remove(aid)}>
                        移出
                      </Button>
                    </Space>
                  )}
                </div>
              );
            })}
          </Card>
        ))}
      </Col>
      {editable && (
        <Col span={8}>
          <Card size="small" title={`可编入稿件（终审已通过，${available.length}篇）`}>
            <Table
              size="small"
              rowKey="id"
              loading={pool.isFetching}
              pagination={false}
              scroll={{ y: 480 }}
              dataSource={available}
              locale={{ emptyText: '没有待编入的稿件（稿件须先通过终审）' }}
              columns={[
                { title: '篇名', dataIndex: 'title', render: (t: string, a) => <span title={`${a.author}，${a.wordCount}字`}>{t}</span> },
                {
                  title: '编入',
                  key: 'add',
                  width: 120,
                  render: (_, a) => (
                    <Select
                      size="small"
                      aria-label={`编入《${a.title}》`}
                      placeholder="编入栏目"
                      style={{ width: 110 }}
                      options={layout.map((s) => ({ value: s.key, label: s.title || '未分栏目' })).concat(layout.length ? [] : [{ value: '__new', label: '未分栏目' }])}
                      onChange={(key: string) => {
                        if (key === '__new') change([{ key: 'loose', title: '', articleIds: [a.id] }]);
                        else move(a.id, key);
                      }}
                    />
                  ),
                },
              ]}
            />
          </Card>
        </Col>
      )}
    </Row>
  );
}

type Values = FieldValues;

/** The form edits 编委会 one person per row (职务 + 姓名) in print order; saving groups consecutive rows of one 职务. */
const infoSchema = volumeFields.extend({ board: z.array(z.object({ role: text('编委会职务', 20), name: optionalText('姓名', 30) })).max(200, '编委会最多200人') });

/** 编委会 as an ordered list of people: 职务 (the usual five, or one an older volume already has) + 姓名, moved with the arrows. */
function BoardEditor({ control, board, editable }: { control: Control<Values>; board: UseFieldArrayReturn<Values, 'board'>; editable: boolean }) {
  const people = (useWatch({ control, name: 'board' }) as BoardPerson[] | undefined) ?? [];
  const roles = boardRoleOptions(people).map((r) => ({ value: r, label: r }));
  const last = people[people.length - 1];
  return (
    <Card
      size="small"
      title="编委会"
      style={{ marginBottom: 16 }}
      extra={
        editable && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => board.append({ role: last?.role ?? '主任', name: '' })}>
            添加一人
          </Button>
        )
      }
    >
      {board.fields.length === 0 && <div style={{ color: '#999' }}>按编委会页的顺序逐人添加：职务（主任、副主任、主编、副主编、编委）和姓名；同一职务的相邻几人印在同一行。</div>}
      {board.fields.map((f, i) => (
        <Row gutter={8} key={f.id} align="middle" style={{ marginBottom: 6 }} data-board-row={i + 1}>
          <Col span={1} style={{ color: '#999', textAlign: 'right' }}>
            {i + 1}.
          </Col>
          <Col span={5}>
            <Controller
              control={control}
              name={`board.${i}.role`}
              render={({ field }) => <Select aria-label={`第${i + 1}人职务`} value={field.value as string} onChange={field.onChange} options={roles} style={{ width: '100%' }} />}
            />
          </Col>
          <Col span={8}>
            <Controller
              control={control}
              name={`board.${i}.name`}
              render={({ field, fieldState }) => <Input aria-label={`第${i + 1}人姓名`} placeholder="姓名" maxLength={30} status={fieldState.error ? 'error' : undefined} {...field} value={(field.value as string) ?? ''} />}
            />
          </Col>
          {editable && (
            <Col span={6}>
              <Button type="text" aria-label={`第${i + 1}人上移`} icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => board.move(i, i - 1)} />
              <Button type="text" aria-label={`第${i + 1}人下移`} icon={<ArrowDownOutlined />} disabled={i === board.fields.length - 1} onClick={() => board.move(i, i + 1)} />
              <Button type="text" danger aria-label={`删除第${i + 1}人`} icon={<DeleteOutlined />} onClick={() => board.remove(i)} />
            </Col>
          )}
        </Row>
      ))}
    </Card>
  );
}

/** 书名、辑次、出版年份, 编委会 (role + names), 序, 编后记 and the 版权页 fields. */
function VolumeInfo({ volume, editable }: { volume: VolumeRecord; editable: boolean }) {
  const save = useApiMutation('history.volume.save', { success: '已保存' });
  const form = useForm<Values>({
    resolver: zodResolver(infoSchema as never) as never,
    defaultValues: {
      number: volume.number,
      title: volume.title,
      year: volume.year,
      board: boardPeople(volume.board),
      preface: volume.preface,
      prefaceAuthor: volume.prefaceAuthor,
      afterword: volume.afterword,
      publisher: volume.publisher,
      permitNumber: volume.permitNumber,
      internalNote: volume.internalNote,
      printCount: volume.printCount,
      printer: volume.printer,
      printDate: volume.printDate,
    },
  });
  const board = useFieldArray({ control: form.control, name: 'board' });
  const field = (spec: FieldSpec<Values>, span = 8) => (
    <Col span={span} key={spec.name}>
      <FormField control={form.control} spec={spec} />
    </Col>
  );
  const submit = form.handleSubmit(async (values) => {
    const board = groupBoard(values.board as BoardPerson[]);
    await save.mutateAsync({ ...(values as object), board, id: volume.id, version: volume.version } as never).catch(() => undefined);
  });
  return (
    <Form layout="vertical" component="div" disabled={!editable}>
      <Row gutter={16}>
        {field({ name: 'number', label: '辑次', type: 'number', required: true }, 4)}
        {field({ name: 'title', label: '书名', type: 'text', required: true, maxLength: 60 }, 10)}
        {field({ name: 'year', label: '出版年份', type: 'number' }, 4)}
        {field({ name: 'publisher', label: '编印单位', type: 'text', maxLength: 60, placeholder: '如：政协永安县委员会文史资料委员会' }, 6)}
      </Row>
      <BoardEditor control={form.control} board={board} editable={editable} />
      <Row gutter={16}>
        {field({ name: 'preface', label: '序', type: 'textarea', maxLength: 30000 }, 18)}
        {field({ name: 'prefaceAuthor', label: '序作者（署名）', type: 'text', maxLength: 60 }, 6)}
        {field({ name: 'afterword', label: '编后记', type: 'textarea', maxLength: 30000 }, 18)}
      </Row>
      <Card size="small" title="版权页" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          {field({ name: 'permitNumber', label: '准印证号', type: 'text', maxLength: 60 })}
          {field({ name: 'internalNote', label: '内部资料说明', type: 'text', maxLength: 30 })}
          {field({ name: 'printCount', label: '印数（册）', type: 'number' })}
          {field({ name: 'printer', label: '印刷单位', type: 'text', maxLength: 60 })}
          {field({ name: 'printDate', label: '印刷日期', type: 'date' })}
        </Row>
      </Card>
      {editable && (
        <Button type="primary" loading={save.isPending} onClick={submit}>
          保存
        </Button>
      )}
    </Form>
  );
}

