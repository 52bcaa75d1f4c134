import { Alert, Button, Modal, Select, Space, Table, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { rosterColumns, type RosterRow } from '../../../../shared/contract/members';
import { buildTemplate, readSheet } from '../../lib/excel';
import { excelFilter, readFileBytes, saveBytes } from '../../lib/files';
import { useApiMutation } from '../../lib/query';
import { useOptions } from '../../lib/options';

export async function downloadRosterTemplate() {
  const bytes = await buildTemplate('委员花名册', rosterColumns);
  await saveBytes('委员花名册导入模板.xlsx', bytes, excelFilter);
}

/** All or nothing: the service imports nothing when any row is bad and returns every bad row. */
export function MemberImport({ onClose }: { onClose: () => void }) {
  const terms = useOptions('term');
  const [chosenTerm, setTermId] = useState<number | undefined>();
  // The latest 届次 unless the clerk picks another (the list may still be loading on first render).
  const termId = chosenTerm ?? terms[terms.length - 1]?.value;
  const [rows, setRows] = useState<RosterRow[] | null>(null);
  const [fileName, setFileName] = useState('');
  const [readError, setReadError] = useState('');
  const [errors, setErrors] = useState<{ row: number; message: string }[]>([]);
  const importIt = useApiMutation('member.import', {
    onSuccess: (out) => {
      setErrors(out.errors);
    },
    success: (out) => (out.imported ? `已导入${out.imported}名委员` : ''),
  });
  const result = importIt.data;

  async function load(file: File) {
    setErrors([]);
    setReadError('');
    importIt.reset();
    setFileName(file.name);
    try {
      const sheet = await readSheet(await readFileBytes(file));
      const missing = rosterColumns.filter((c) => ['姓名', '界别', '手机号'].includes(c.header) && !sheet.headers.includes(c.header));
      if (missing.length) throw new Error(`表头缺少：${missing.map((c) => c.header).join('、')}。请使用“下载模板”中的表头。`);
      setRows(sheet.rows.map((r) => Object.fromEntries([['row', r.row], ...rosterColumns.map((c) => [c.key, r.values[c.header] ?? ''])]) as RosterRow));
    } catch (e) {
      setRows(null);
      setReadError((e as Error).message);
    }
    return false;
  }

  return (
    <Modal open width={820} title="导入委员花名册" onCancel={onClose} footer={<Button type={result?.imported ? 'primary' : 'default'} onClick={onClose}>{result?.imported ? '完成' : '关闭'}</Button>} destroyOnHidden>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Alert type="info" showIcon title="全部数据校验通过才会导入；只要有一行有问题，就一行也不导入，并列出每一行的问题。" />
        <Space>
          <span>导入到届次：</span>
          <Select aria-label="导入届次" style={{ width: 160 }} value={termId} options={terms} onChange={setTermId} />
          <Button onClick={downloadRosterTemplate}>下载模板</Button>
        </Space>
        <Upload.Dragger accept=".xlsx" showUploadList={false} beforeUpload={load} multiple={false}>
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p>点击或拖入 .xlsx 花名册文件</p>
          {fileName && <p style={{ color: '#666' }}>已选择：{fileName}{rows ? `（${rows.length}行数据）` : ''}</p>}
        </Upload.Dragger>
        {readError && <Alert type="error" showIcon title={readError} />}
        {rows && !result?.imported && (
          <Button type="primary" disabled={!termId || rows.length === 0} loading={importIt.isPending} onClick={() => importIt.mutate({ termId: termId!, rows })}>
            开始导入（{rows.length}行）
          </Button>
        )}
        {result && result.imported > 0 && <Alert type="success" showIcon title={`导入成功：共导入${result.imported}名委员。`} />}
        {errors.length > 0 && (
          <>
            <Alert type="error" showIcon title={`发现${errors.length}行有问题，本次未导入任何数据。请修改表格后重新导入。`} />
            <Table size="small" rowKey="row" pagination={false} scroll={{ y: 300 }} dataSource={errors} columns={[{ title: '行号', dataIndex: 'row', width: 80 }, { title: '问题', dataIndex: 'message' }]} />
          </>
        )}
      </Space>
    </Modal>
  );
}
