import { Alert, Button, Modal, Progress, Space, Spin } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useEffect, useRef, useState } from 'react';
import { generateDocx } from '../docs/generate';
import type { DocumentKindName } from '../docs/registry';
import { saveBytes, wordFilter } from '../lib/files';

export interface DocumentRequest {
  kind: DocumentKindName | string;
  data: unknown;
  /** Default file name, e.g. 永政协监〔2026〕3号-关于…的建议书.docx */
  fileName: string;
  title?: string;
}

/** 生成Word: builds the document, shows its rendered pages, saves it through the native dialog or a download. */
export function DocumentPreview({ request, onClose }: { request: DocumentRequest; onClose: () => void }) {
  const [bytes, setBytes] = useState<Uint8Array | null>(null);
  const [progress, setProgress] = useState({ fraction: 0, note: '准备中…' });
  const [error, setError] = useState('');
  const [saved, setSaved] = useState('');
  const pages = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let cancelled = false;
    generateDocx(request.kind, request.data, (fraction, note) => !cancelled && setProgress({ fraction, note: note ?? '' }))
      .then((b) => !cancelled && setBytes(b))
      .catch((e: Error) => !cancelled && setError(`生成失败：${e.message}`));
    return () => {
      cancelled = true;
    };
  }, [request]);

  useEffect(() => {
    if (!bytes || !pages.current) return;
    const into = pages.current;
    into.innerHTML = '';
    // docx-preview is fetched with the first preview, not with the window.
    import('./docxPreview')
      .then(({ renderDocx }) => renderDocx(bytes, into, { inWrapper: true, ignoreLastRenderedPageBreak: false, breakPages: true, renderHeaders: true, renderFooters: true }))
      .catch(() => setError('预览失败，但文件已生成，可直接保存后用 Word 或 WPS 打开。'));
  }, [bytes]);

  async function save() {
    if (!bytes) return;
    const r = await saveBytes(request.fileName, bytes, wordFilter);
    if (r.saved) setSaved('path' in r && r.path ? `已保存到 ${r.path}` : `已下载：${request.fileName}`);
  }

  return (
    <Modal
      open
      width={980}
      title={request.title ?? '生成Word'}
      onCancel={onClose}
      footer={
        <Space>
          <span style={{ color: '#666' }}>{request.fileName}</span>
          <Button onClick={onClose}>关闭</Button>
          <Button type="primary" icon={<DownloadOutlined />} disabled={!bytes} onClick={save}>
            保存Word
          </Button>
        </Space>
      }
      styles={{ body: { maxHeight: '72vh', overflow: 'auto', background: '#e5e7eb', padding: 12 } }}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      {saved && <Alert type="success" showIcon title={saved} style={{ marginBottom: 12 }} />}
      {!bytes && !error && (
        <div style={{ textAlign: 'center', padding: 40 }} role="status" aria-live="polite">
          <Spin />
          <Progress percent={Math.round(progress.fraction * 100)} style={{ maxWidth: 400, margin: '16px auto' }} />
          <div>{progress.note}</div>
        </div>
      )}
      <div ref={pages} aria-label="文书预览" data-testid="document-preview" />
    </Modal>
  );
}
