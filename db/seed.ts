import type Database from 'better-sqlite3';

/**
 * The dictionaries every office starts with (domain.md). Inserted once into an empty table;
 * after that they are the office's to edit.
 */
const defaults: { dict: string; code: string; label: string; description: string }[] = [
  ...['经济建设', '政治建设', '文化建设', '社会建设', '生态文明', '其他'].map((label, i) => ({ dict: 'proposalCategory', code: String(i + 1), label, description: '' })),
  ...[
    ['属于党政机关内部事务或已有明确规定的', ''],
    ['涉及国家秘密或个人隐私的', ''],
    ['属于学术研究、个人求决或诉讼案件的', ''],
    ['内容空泛、没有具体建议的', ''],
    ['超出本级政府职权范围的', ''],
    ['与已立案提案内容重复的', ''],
  ].map(([label, description], i) => ({ dict: 'rejectReason', code: String(i + 1), label, description })),
  { dict: 'replyClass', code: 'A', label: 'A类', description: '所提问题已经解决或基本解决，建议已采纳' },
  { dict: 'replyClass', code: 'B', label: 'B类', description: '所提问题正在解决或已列入计划逐步解决' },
  { dict: 'replyClass', code: 'C', label: 'C类', description: '因条件限制或其他原因暂时不能解决，留作参考' },
];

export function seedReferenceDefaults(sqlite: Database.Database) {
  const { c } = sqlite.prepare('select count(*) c from dict_items').get() as { c: number };
  if (c > 0) return;
  const insert = sqlite.prepare('insert into dict_items (dict, code, label, description, sort) values (?, ?, ?, ?, ?)');
  // 排序 counts within each dictionary, so 办理类别 reads 1, 2, 3.
  const seen = new Map<string, number>();
  sqlite.transaction(() =>
    defaults.forEach((d) => {
      const sort = (seen.get(d.dict) ?? 0) + 1;
      seen.set(d.dict, sort);
      insert.run(d.dict, d.code, d.label, d.description, sort);
    }),
  )();
}
