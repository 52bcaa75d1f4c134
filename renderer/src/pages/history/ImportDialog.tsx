import { Alert, Button, Modal, Progress, Space, Table, Upload } from 'antd';
import { FolderOpenOutlined, InboxOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { manifestColumns, type ImportRow } from '../../../../shared/contract/history';
import { manuscriptText } from '../../../../shared/docs/history/manuscriptText';
import { buildTemplate, readSheet } from '../../lib/excel';
import { excelFilter, readFileBytes, saveBytes } from '../../lib/files';
import { useApiMutation } from '../../lib/query';

export async function downloadManifestTemplate() {
  await saveBytes('历史文史资料入库清单模板.xlsx', await buildTemplate('入库清单', manifestColumns), excelFilter);
}

type ManifestRow = Omit<ImportRow, 'text' | 'fileError'>;
const norm = (path: string) => path.replace(/\\/g, '/').replace(/^\.?\//, '').trim().toLowerCase();
const base = (path: string) => norm(path).split('/').pop() ?? '';

/** Finds the file a manifest row names: by its path inside the chosen folder, else by file name when that is unique. */
export function matchFile(files: readonly File[], name: string): File | undefined {
  const wanted = norm(name);
  const rel = (f: File) => norm((f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name);
  const byPath = files.find((f) => rel(f) === wanted || rel(f).endsWith(`/${wanted}`));
  if (byPath) return byPath;
  const sameName = files.filter((f) => base(f.name) === base(wanted));
  return sameName.length === 1 ? sameName[0] : undefined;
}

/**
 * 历史文史资料入库: a manifest .xlsx (辑次/书名/栏目/篇名/作者/年份/文件) plus the articles' .docx or
 * .txt files (or their folder). The files are read here with progress; the service checks every row
 * and imports all or nothing.
 */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const [manifest, setManifest] = useState<{ name: string; rows: ManifestRow[] } | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [readError, setReadError] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number; phase: string } | null>(null);
  const [errors, setErrors] = useState<{ row: number; message: string }[]>([]);
  const importIt = useApiMutation('history.import', { success: (out) => (out.imported ? `入库完成：${out.imported}篇` : '') });
  const result = importIt.data;

  async function loadManifest(file: File) {
    setReadError('');
    setErrors([]);
    importIt.reset();
    try {
      const sheet = await readSheet(await readFileBytes(file));
      const missing = manifestColumns.filter((c) => c.required && !sheet.headers.includes(c.header));
      if (missing.length) throw new Error(`清单表头缺少：${missing.map((c) => c.header).join('、')}。请使用“下载清单模板”中的表头。`);
      setManifest({ name: file.name, rows: sheet.rows.map((r) => Object.fromEntries([['row', r.row], ...manifestColumns.map((c) => [c.key, r.values[c.header] ?? ''])]) as ManifestRow) });
    } catch (e) {
      setManifest(null);
      setReadError((e as Error).message);
    }
    return false;
  }

  async function start() {
    if (!manifest) return;
    setErrors([]);
    const rows: ImportRow[] = [];
    setProgress({ done: 0, total: manifest.rows.length, phase: '正在读取稿件文件' });
    for (const [i, r] of manifest.rows.entries()) {
      const file = r.fileName?.trim() ? matchFile(files, r.fileName) : undefined;
      let text: string | null = null;
      let fileError: string | undefined;
      if (file) {
        try {
          text = await manuscriptText(file.name, await readFileBytes(file));
        } catch (e) {
          fileError = (e as Error).message.slice(0, 300);
        }
      }
      rows.push({ ...r, text, ...(fileError ? { fileError } : {}) });
      if (i % 5 === 4 || i === manifest.rows.length - 1) setProgress({ done: i + 1, total: manifest.rows.length, phase: '正在读取稿件文件' });
    }
    setProgress({ done: manifest.rows.length, total: manifest.rows.length, phase: '正在校验并写入数据库' });
    try {
      const out = await importIt.mutateAsync({ rows });
      setErrors(out.errors);
    } catch {
      /* shown by the mutation */
    } finally {
      setProgress(null);
    }
  }

  const matched = manifest ? manifest.rows.filter((r) => r.fileName && matchFile(files, r.fileName)).length : 0;
  return (
    <Modal open width={880} title="历史文史资料入库" onCancel={onClose} maskClosable={false} footer={<Button onClick={onClose}>{result?.imported ? '完成' : '关闭'}</Button>} destroyOnHidden>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Alert
          type="info"
          showIcon
          title="第一步选择入库清单（Excel：辑次、书名、栏目、篇名、作者、年份、文件），第二步选择各篇稿件的 .docx 或 .txt 文件（可选整个文件夹）。全部无误才会入库；有问题的行会逐行列出，一篇也不导入。"
        />
        <Space>
          <Button onClick={downloadManifestTemplate}>下载清单模板</Button>
        </Space>
        <Upload.Dragger accept=".xlsx" showUploadList={false} beforeUpload={loadManifest} multiple={false} disabled={!!progress}>
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p>第一步：点击或拖入入库清单（.xlsx）</p>
          {manifest && (
            <p style={{ color: '#666' }}>
              已选择：{manifest.name}（{manifest.rows.length}篇）
            </p>
          )}
        </Upload.Dragger>
        {readError && <Alert type="error" showIcon title={readError} />}
        <Space wrap>
          <Upload accept=".docx,.txt" multiple showUploadList={false} disabled={!!progress} beforeUpload={(_f, list) => (setFiles((prev) => [...prev, ...list.filter((x) => !prev.includes(x))]), false)}>
            <Button>第二步：选择稿件文件（.docx / .txt，可多选）</Button>
          </Upload>
          <Upload directory showUploadList={false} disabled={!!progress} beforeUpload={(_f, list) => (setFiles((prev) => [...prev, ...list.filter((x) => /\.(docx|txt)$/i.test(x.name) && !prev.includes(x))]), false)}>
            <Button icon={<FolderOpenOutlined />}>或选择稿件所在文件夹</Button>
          </Upload>
          {files.length > 0 && (
            <span>
              已选{files.length}个文件{manifest ? `，清单中${matched}/${manifest.rows.length}篇找到了文件` : ''}
            </span>
          )}
          {files.length > 0 && (
            <Button size="small" type="link" onClick={() => setFiles([])}>
              清空
            </Button>
          )}
        </Space>
        {manifest && (
          <Button type="primary" disabled={!!progress || !manifest.rows.length} loading={!!progress} onClick={start}>
            开始入库（{manifest.rows.length}篇）
          </Button>
        )}
        {progress && (
          <div data-testid="import-progress">
            <div>
              {progress.phase}：{progress.done}/{progress.total}
            </div>
            <Progress percent={Math.round((progress.done / Math.max(1, progress.total)) * 100)} status="active" />
          </div>
        )}
        {result && result.imported > 0 && <Alert type="success" showIcon title={`入库成功：共${result.imported}篇，${result.volumes.join('、')}。现在可以在“文史检索”中检索。`} />}
        {errors.length > 0 && (
          <>
            <Alert type="error" showIcon title={`发现${errors.length}行有问题，本次未导入任何稿件。请修改清单或补齐文件后重新入库。`} />
            <Table size="small" rowKey="row" pagination={false} scroll={{ y: 280 }} dataSource={errors} columns={[{ title: '行号', dataIndex: 'row', width: 80 }, { title: '问题', dataIndex: 'message' }]} />
          </>
        )}
      </Space>
    </Modal>
  );
}
