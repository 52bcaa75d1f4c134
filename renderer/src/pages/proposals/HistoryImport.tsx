import { Alert, Button, Modal, Space, Table, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { historyColumns, type HistoryRow } from '../../../../shared/contract/proposals';
import { buildTemplate, readSheet } from '../../lib/excel';
import { excelFilter, readFileBytes, saveBytes } from '../../lib/files';
import { useApiMutation } from '../../lib/query';

export async function downloadHistoryTemplate() {
  const bytes = await buildTemplate('提案历史数据', historyColumns);
  await saveBytes('提案历史数据导入模板.xlsx', bytes, excelFilter);
}

const required = ['届次', '会次', '案由', '提案者类型', '提案者', '类别'];

/** 历史数据导入: all or nothing; every bad row is listed with what is wrong. */
export function HistoryImport({ onClose }: { onClose: () => void }) {
  const [rows, setRows] = useState<HistoryRow[] | null>(null);
  const [fileName, setFileName] = useState('');
  const [readError, setReadError] = useState('');
  const importIt = useApiMutation('proposal.import', { success: (out) => (out.imported ? `已导入${out.imported}件提案` : '') });
  const result = importIt.data;

  async function load(file: File) {
    importIt.reset();
    setReadError('');
    setFileName(file.name);
    try {
      const sheet = await readSheet(await readFileBytes(file));
      const missing = required.filter((h) => !sheet.headers.includes(h));
      if (missing.length) throw new Error(`表头缺少：${missing.join('、')}。请使用“下载模板”中的表头。`);
      setRows(sheet.rows.map((r) => Object.fromEntries([['row', r.row], ...historyColumns.map((c) => [c.key, r.values[c.header] ?? ''])]) as HistoryRow));
    } catch (e) {
      setRows(null);
      setReadError((e as Error).message);
    }
    return false;
  }

  return (
    <Modal open width={860} title="提案历史数据导入" onCancel={onClose} footer={<Button onClick={onClose}>{result?.imported ? '完成' : '关闭'}</Button>} destroyOnHidden>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Alert
          type="info"
          showIcon
          title="用于把旧系统或Excel台账中往年的提案导入本系统，以便查询和统计。全部数据校验通过才会导入；只要有一行有问题，就一行也不导入，并列出每一行的问题。届次、会次、界别、党派、承办单位须先在基础数据中建好。"
        />
        <Button onClick={downloadHistoryTemplate}>下载模板</Button>
        <Upload.Dragger accept=".xlsx" showUploadList={false} beforeUpload={load} multiple={false}>
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p>点击或拖入 .xlsx 文件</p>
          {fileName && (
            <p style={{ color: '#666' }}>
              已选择：{fileName}
              {rows ? `（${rows.length}行数据）` : ''}
            </p>
          )}
        </Upload.Dragger>
        {readError && <Alert type="error" showIcon title={readError} />}
        {rows && !result?.imported && (
          <Button type="primary" disabled={rows.length === 0} loading={importIt.isPending} onClick={() => importIt.mutate({ rows })}>
            开始导入（{rows.length}行）
          </Button>
        )}
        {result && result.imported > 0 && <Alert type="success" showIcon title={`导入成功：共导入${result.imported}件提案。`} />}
        {result && result.errors.length > 0 && (
          <>
            <Alert type="error" showIcon title={`发现${result.errors.length}行有问题，本次未导入任何数据。请修改表格后重新导入。`} />
            <Table size="small" rowKey="row" pagination={false} scroll={{ y: 300 }} dataSource={result.errors} columns={[{ title: '行号', dataIndex: 'row', width: 80 }, { title: '问题', dataIndex: 'message' }]} />
          </>
        )}
      </Space>
    </Modal>
  );
}
