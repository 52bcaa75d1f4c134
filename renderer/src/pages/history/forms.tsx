import { Button } from 'antd';
import { useState } from 'react';
import type { ArticleRecord } from '../../../../shared/contract/history';
import { proofFormFileName, reviewFormFileName } from '../../../../shared/docs/history/forms';
import { DocumentPreview, type DocumentRequest } from '../../components/DocumentPreview';

/** 审稿单 and 校对记录单 of an article, previewed and saved as Word. */
export function FormsButtons({ article }: { article: ArticleRecord }) {
  const [doc, setDoc] = useState<DocumentRequest | null>(null);
  return (
    <>
      <Button onClick={() => setDoc({ kind: 'history.reviewForm', data: article, fileName: reviewFormFileName(article), title: `审稿单：《${article.title}》` })}>审稿单</Button>
      <Button onClick={() => setDoc({ kind: 'history.proofForm', data: article, fileName: proofFormFileName(article), title: `校对记录单：《${article.title}》` })}>校对记录单</Button>
      {doc && <DocumentPreview request={doc} onClose={() => setDoc(null)} />}
    </>
  );
}
