import { Button, Card, Col, Descriptions, Row } from 'antd';
import { FileWordOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { formatDocNumber } from '../../../../shared/domain/docNumber';
import { documentFileName } from '../../../../shared/docs';
import { DocumentPreview, type DocumentRequest } from '../../components/DocumentPreview';
import { PageTitle } from '../../components/PageTitle';
import { useApiQuery } from '../../lib/query';

/** 文书格式: the office checks its 单位信息 on the two GB/T 9704 layouts before printing real documents. */
export function DocumentFormatPage() {
  const office = useApiQuery('settings.getOffice', {});
  const [request, setRequest] = useState<DocumentRequest | null>(null);
  const year = new Date().getFullYear();
  const s = office.data;
  return (
    <>
      <PageTitle title="文书格式" />
      <p style={{ color: '#666' }}>所有文书均按 GB/T 9704-2012《党政机关公文格式》排版：A4，上37mm、下35mm、左28mm、右26mm，每页22行、每行28字。红头、机关代字与抄送取自“设置 · 单位信息”。</p>
      {s && (
        <Descriptions size="small" bordered column={1} style={{ marginBottom: 16 }}>
          <Descriptions.Item label="发文机关标志">{s.committeeName}</Descriptions.Item>
          <Descriptions.Item label="印发机关">{s.issuingOffice}</Descriptions.Item>
          <Descriptions.Item label="发文字号示例">{formatDocNumber(s.series.supervision.prefix, year, 3)}</Descriptions.Item>
        </Descriptions>
      )}
      <Row gutter={16}>
        <Col span={12}>
          <Card title="通知（普通公文格式）" size="small">
            <p>标题、主送机关、四级标题、表格、附件说明、成文日期、版记。</p>
            <Button icon={<FileWordOutlined />} disabled={!s} onClick={() => setRequest({ kind: 'sample.format', data: { index: 0 }, fileName: documentFileName(formatDocNumber(s!.series.proposal.prefix, year, 5), '公文格式样例（通知）'), title: '生成Word：通知样例' })}>
              生成Word
            </Button>
          </Card>
        </Col>
        <Col span={12}>
          <Card title="信函格式（建议书、催办函、交办通知）" size="small">
            <p>红色发文机关标志与双线、发文字号、首页不显示页码、抄送版记。</p>
            <Button icon={<FileWordOutlined />} disabled={!s} onClick={() => setRequest({ kind: 'sample.format', data: { index: 1 }, fileName: documentFileName(formatDocNumber(s!.series.supervision.prefix, year, 3), '信函格式样例'), title: '生成Word：信函样例' })}>
              生成Word
            </Button>
          </Card>
        </Col>
      </Row>
      {request && <DocumentPreview request={request} onClose={() => setRequest(null)} />}
    </>
  );
}
