import { Empty, Tag } from 'antd';
import { useMemo } from 'react';
import { diffText, type Segment } from '../../../shared/domain/textDiff';

function Side({ segments }: { segments: Segment[] | null }) {
  if (!segments) return <div className="diff-cell diff-empty" />;
  return (
    <div className="diff-cell">
      {segments.map((s, i) =>
        s.kind === 'same' ? (
          <span key={i}>{s.text}</span>
        ) : s.kind === 'del' ? (
          <del key={i} className="diff-del">
            {s.text}
          </del>
        ) : (
          <ins key={i} className="diff-ins">
            {s.text}
          </ins>
        ),
      )}
    </div>
  );
}

/** 原稿 and 编辑稿 side by side, paragraphs aligned, deleted characters struck out, inserted ones marked. */
export function DiffView({ original, edited, leftTitle = '原稿', rightTitle = '编辑稿' }: { original: string; edited: string; leftTitle?: string; rightTitle?: string }) {
  const diff = useMemo(() => diffText(original, edited), [original, edited]);
  if (!original && !edited) return <Empty description="没有内容" />;
  return (
    <div className="diff-view" aria-label="原稿与编辑稿对照">
      <div className="diff-summary">
        {diff.identical ? <Tag>编辑稿与原稿相同</Tag> : (
          <>
            <Tag color="red">删去 {diff.deleted} 字</Tag>
            <Tag color="green">增加 {diff.inserted} 字</Tag>
          </>
        )}
      </div>
      <div className="diff-row diff-head">
        <div className="diff-cell">{leftTitle}</div>
        <div className="diff-cell">{rightTitle}</div>
      </div>
      {diff.rows.map((row, i) => (
        <div key={i} className={`diff-row diff-${row.kind}`}>
          <Side segments={row.left} />
          <Side segments={row.right} />
        </div>
      ))}
    </div>
  );
}
