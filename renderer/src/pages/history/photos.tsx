import { App, Button, Card, Empty, Image, Input, Space, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import type { PhotoMeta } from '../../../../shared/contract/history';
import { VoidButton } from '../../components/VoidButton';
import { bytesToBase64 } from '../../lib/files';
import { useApiMutation, useApiQuery } from '../../lib/query';

const MAX_SIDE = 1600;

/**
 * Photos are kept in the database, so they are scaled down here first: the longest side at most
 * 1600 px (enough for a printed page at 300 dpi across the type area), JPEG at quality 0.88;
 * small PNGs (scans of documents, drawings) stay PNG.
 */
export async function preparePhoto(file: File): Promise<{ mime: 'image/jpeg' | 'image/png'; width: number; height: number; base64: string }> {
  if (!/^image\/(jpeg|png)$/.test(file.type)) throw new Error('请选择 JPG 或 PNG 图片。');
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const width = Math.round(bitmap.width * scale);
  const height = Math.round(bitmap.height * scale);
  if (scale === 1 && file.type === 'image/png' && file.size < 1_500_000) {
    bitmap.close();
    return { mime: 'image/png', width, height, base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const g = canvas.getContext('2d')!;
  g.fillStyle = '#fff';
  g.fillRect(0, 0, width, height);
  g.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('图片处理失败'))), 'image/jpeg', 0.88));
  return { mime: 'image/jpeg', width, height, base64: bytesToBase64(new Uint8Array(await blob.arrayBuffer())) };
}

function PhotoCard({ photo, editable }: { photo: PhotoMeta; editable: boolean }) {
  const data = useApiQuery('history.photo.get', { id: photo.id }, { staleTime: Infinity });
  const [caption, setCaption] = useState(photo.caption);
  const update = useApiMutation('history.photo.update', { success: '图片说明已保存' });
  const voidIt = useApiMutation('history.photo.void', { success: '图片已作废' });
  return (
    <Card size="small" style={{ width: 240 }} cover={data.data ? <Image src={`data:${photo.mime};base64,${data.data.base64}`} alt={photo.caption} height={160} style={{ objectFit: 'cover' }} /> : <div style={{ height: 160 }} />}>
      <Input.TextArea
        aria-label="图片说明"
        value={caption}
        placeholder="图片说明（印在图片下方）"
        autoSize={{ minRows: 1, maxRows: 3 }}
        maxLength={200}
        disabled={!editable}
        onChange={(e) => setCaption(e.target.value)}
        onBlur={() => caption !== photo.caption && update.mutate({ id: photo.id, version: photo.version, caption })}
      />
      <div style={{ display: 'flex', justifyContent: 'space-between', marginTop: 4, color: '#888', fontSize: 12 }}>
        <span>
          {photo.width}×{photo.height}，{Math.round(photo.size / 1024)} KB
        </span>
        {editable && <VoidButton what="图片" name={photo.caption || photo.fileName || '图片'} onConfirm={(reason) => voidIt.mutateAsync({ id: photo.id, version: photo.version, reason })} />}
      </div>
    </Card>
  );
}

/** 图片及说明 of an article: upload (scaled down), caption in place, 作废. */
export function Photos({ articleId, photos, editable }: { articleId: number; photos: PhotoMeta[]; editable: boolean }) {
  const { message } = App.useApp();
  const add = useApiMutation('history.photo.add', { success: '图片已添加，请填写图片说明' });
  const [busy, setBusy] = useState(false);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {editable && (
        <Upload
          accept="image/jpeg,image/png"
          multiple
          showUploadList={false}
          beforeUpload={async (file) => {
            setBusy(true);
            try {
              const p = await preparePhoto(file);
              await add.mutateAsync({ articleId, caption: '', fileName: file.name, ...p });
            } catch (e) {
              if (e instanceof Error && !('code' in e)) void message.error(e.message);
            } finally {
              setBusy(false);
            }
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={busy}>
            添加图片
          </Button>
        </Upload>
      )}
      {photos.length ? (
        <Space wrap align="start">
          {photos.map((p) => (
            <PhotoCard key={`${p.id}-${p.version}`} photo={p} editable={editable} />
          ))}
        </Space>
      ) : (
        <Empty description="没有图片" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      )}
    </Space>
  );
}
