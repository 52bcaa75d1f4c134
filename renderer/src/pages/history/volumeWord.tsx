import { Alert, Button, Modal, Progress, Space } from 'antd';
import { DownloadOutlined, FileWordOutlined } from '@ant-design/icons';
import { useEffect, useState } from 'react';
import type { VolumeRecord } from '../../../../shared/contract/history';
import { volumeFileName, volumeToc } from '../../../../shared/docs/history/volume';
import { generateDocx } from '../../docs/generate';
import { call } from '../../lib/api';
import { saveBytes, wordFilter } from '../../lib/files';

/**
 * 生成整辑Word: the volume's data is fetched, laid out and packed in the Web Worker (a 400-page
 * volume takes a few seconds; the window stays responsive and shows the progress), then saved.
 * No page-by-page preview here: rendering hundreds of pages in the window would freeze it.
 */
function VolumeWordDialog({ volume, onClose }: { volume: VolumeRecord; onClose: () => void }) {
  const [progress, setProgress] = useState({ fraction: 0, note: '正在读取本辑内容…' });
  const [result, setResult] = useState<{ bytes: Uint8Array; fileName: string; pages: number; entries: number; ms: number } | null>(null);
  const [error, setError] = useState('');
  const [saved, setSaved] = useState('');
  useEffect(() => {
    let cancelled = false;
    const started = performance.now();
    (async () => {
      const data = await call('history.volume.document', { id: volume.id });
      const toc = volumeToc(data);
      const bytes = await generateDocx('history.volume', data, (fraction, note) => !cancelled && setProgress({ fraction, note: note ?? '' }));
      const last = toc.at(-1)?.page ?? 0;
      if (!cancelled) setResult({ bytes, fileName: volumeFileName(data), pages: last, entries: toc.length, ms: performance.now() - started });
    })().catch((e: Error) => !cancelled && setError(`生成失败：${e.message}`));
    return () => {
      cancelled = true;
    };
  }, [volume.id]);

  async function save() {
    if (!result) return;
    const r = await saveBytes(result.fileName, result.bytes, wordFilter);
    if (r.saved) setSaved('path' in r && r.path ? `已保存到 ${r.path}` : `已下载：${result.fileName}`);
  }

  return (
    <Modal
      open
      width={620}
      title={`生成整辑Word：第${volume.number}辑《${volume.title}》`}
      onCancel={onClose}
      maskClosable={false}
      footer={
        <Space>
          <Button onClick={onClose}>关闭</Button>
          <Button type="primary" icon={<DownloadOutlined />} disabled={!result} onClick={save}>
            保存Word
          </Button>
        </Space>
      }
    >
      {error && <Alert type="error" showIcon title={error} />}
      {!result && !error && (
        <div role="status" aria-live="polite" style={{ padding: '16px 0' }}>
          <Progress percent={Math.round(progress.fraction * 100)} status="active" />
          <div>{progress.note}</div>
        </div>
      )}
      {result && (
        <Alert
          type="success"
          showIcon
          title={`已生成 ${result.fileName}（${(result.bytes.length / 1024 / 1024).toFixed(1)} MB，用时 ${(result.ms / 1000).toFixed(1)} 秒）`}
          description={`封面、编委会、序、目录（${result.entries}条）、各栏目稿件与图片、编后记（第${result.pages}页起）、版权页。目录在 Word 中打开时会按实际页码自动更新（如提示“更新域”，请选“是”）。`}
        />
      )}
      {saved && <Alert type="info" showIcon title={saved} style={{ marginTop: 12 }} />}
    </Modal>
  );
}

export function VolumeWordButton({ volume }: { volume: VolumeRecord }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<FileWordOutlined />} disabled={!volume.articleCount} onClick={() => setOpen(true)}>
        生成整辑Word
      </Button>
      {open && <VolumeWordDialog volume={volume} onClose={() => setOpen(false)} />}
    </>
  );
}
