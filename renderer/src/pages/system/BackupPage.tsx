import { Alert, Button, InputNumber, Modal, Space, Table, Tag, Upload, Descriptions } from 'antd';
import { useState } from 'react';
import type { BackupInfo } from '../../../../shared/contract/system';
import { PageTitle } from '../../components/PageTitle';
import { bytesToBase64, readFileBytes } from '../../lib/files';
import { useApiMutation, useApiQuery } from '../../lib/query';
import { exportExcel } from '../../lib/excel';
import { useExport } from '../../lib/useExport';

const sizeText = (n: number) => (n > 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

export function BackupPage() {
  const info = useApiQuery('system.info', {});
  const backups = useApiQuery('backup.list', {});
  const create = useApiMutation('backup.create', { success: (b) => `已备份：${b.name}` });
  const upload = useApiMutation('backup.upload', {});
  const restore = useApiMutation('backup.restore', {
    onSuccess: (r) =>
      Modal.success({ title: '恢复完成', content: `已从“${r.restoredFrom}”恢复数据。恢复前的数据已另存为“${r.safetyBackup}”，如需撤销可再从它恢复。`, okText: '知道了' }),
  });
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const keep = useApiQuery('settings.getBackup', {});
  const saveKeep = useApiMutation('settings.saveBackup', { success: '已保存' });
  const [keepValue, setKeepValue] = useState<number | null>(null);
  const exporter = useExport();

  return (
    <>
      <PageTitle title="备份/恢复" />
      <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label="数据文件">{info.data?.dbPath}</Descriptions.Item>
        <Descriptions.Item label="备份目录">{info.data?.backupDir}</Descriptions.Item>
        <Descriptions.Item label="自动备份">
          每次启动时自动备份，保留最近
          <InputNumber aria-label="保留份数" size="small" min={1} max={365} style={{ width: 80, margin: '0 6px' }} value={keepValue ?? keep.data?.keep} onChange={(v) => setKeepValue(v)} />份
          <Button size="small" style={{ marginLeft: 8 }} disabled={!keepValue} onClick={() => keepValue && saveKeep.mutate({ keep: keepValue })}>
            保存
          </Button>
        </Descriptions.Item>
      </Descriptions>
      <div className="page-toolbar">
        <Button type="primary" loading={create.isPending} onClick={() => create.mutate({})}>
          立即备份
        </Button>
        <Upload
          accept=".sqlite,.db"
          showUploadList={false}
          beforeUpload={async (file) => {
            const bytes = await readFileBytes(file);
            const added = await upload.mutateAsync({ fileName: file.name, base64: bytesToBase64(bytes) }).catch(() => null);
            if (added) setConfirming(added);
            return false;
          }}
        >
          <Button loading={upload.isPending}>从文件恢复…</Button>
        </Upload>
        <span className="spacer" />
        <Button loading={exporter.busy} onClick={() => exporter.run(() => exportExcel('备份列表', [{ header: '文件名', width: 50, value: (b: BackupInfo) => b.name }, { header: '类型', value: (b: BackupInfo) => b.kind }, { header: '大小', value: (b: BackupInfo) => sizeText(b.size) }, { header: '时间', width: 22, value: (b: BackupInfo) => new Date(b.createdAt).toLocaleString('zh-CN') }], backups.data ?? []))}>
          导出Excel
        </Button>
      </div>
      <Table<BackupInfo>
        rowKey="name"
        size="middle"
        loading={backups.isLoading}
        dataSource={backups.data}
        locale={{ emptyText: '还没有备份。点“立即备份”保存一份当前数据。' }}
        pagination={{ pageSize: 15, showTotal: (t) => `共 ${t} 份备份` }}
        columns={[
          { title: '备份文件', dataIndex: 'name' },
          { title: '类型', dataIndex: 'kind', width: 90, render: (k: string) => <Tag>{k}</Tag> },
          { title: '大小', dataIndex: 'size', width: 100, render: sizeText },
          { title: '时间', dataIndex: 'createdAt', width: 180, render: (d: string) => new Date(d).toLocaleString('zh-CN') },
          {
            title: '操作',
            key: 'a',
            width: 100,
            render: (_, b) => (
              <Button type="link" size="small" danger onClick={() => setConfirming(b)}>
                恢复
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={!!confirming}
        title="确认从备份恢复"
        okText="确认恢复"
        okButtonProps={{ danger: true, loading: restore.isPending }}
        cancelText="取消"
        onCancel={() => setConfirming(null)}
        onOk={async () => {
          await restore.mutateAsync({ name: confirming!.name }).catch(() => undefined);
          setConfirming(null);
        }}
      >
        <Space direction="vertical" style={{ width: '100%' }}>
          <Alert type="warning" showIcon title="恢复将用备份中的数据替换当前全部数据，备份之后录入和修改的内容都会被撤回。" />
          <Descriptions size="small" column={1}>
            <Descriptions.Item label="备份文件">{confirming?.name}</Descriptions.Item>
            <Descriptions.Item label="备份时间">{confirming && new Date(confirming.createdAt).toLocaleString('zh-CN', { hour12: false })}</Descriptions.Item>
          </Descriptions>
          <div>当前数据会先自动备份（类型“恢复前”），需要时可以再恢复回来。</div>
        </Space>
      </Modal>
    </>
  );
}
