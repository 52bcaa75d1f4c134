import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppDatabase } from '../../db/app';
import { createDispatcher } from '../../db/services/dispatch';
import { defaultOfficeSettings } from '../../shared/contract/officeSettings';
import type { ProposalBookRow } from '../../shared/contract/proposals';
import { packToBuffer } from '../../shared/docs';
import { bookDocument } from '../../shared/docs/proposal';
import { filedStatuses } from '../../shared/domain/proposal/status';
import { ms, percentile, sample, sampleAsync, type BenchRow } from './harness';
import { generateProposalScale } from './proposalData';

/** 提案 at scale: 50,000 proposals over 10 届 with full lifecycles (issue 5's performance targets). */
export default async function proposalBench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'zx-bench-proposal-'));
  const app = new AppDatabase({ path: join(dir, 'bench.sqlite') });
  const rows: BenchRow[] = [];
  try {
    const data = generateProposalScale(app, { terms: 10, perTerm: 5000 });
    app.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    app.sqlite.exec('analyze');
    const size = statSync(join(dir, 'bench.sqlite')).size;
    rows.push({
      area: '提案',
      case: `生成${data.proposals}件提案（10届×5000件，时间线${data.events}条，直接写表含全文索引）`,
      target: '',
      measured: `${(data.ms / 1000).toFixed(1)} s，${(size / 1e6).toFixed(0)} MB`,
      ok: null,
    });
    const dispatch = createDispatcher(app);
    const call = <T>(method: string, input: unknown): T => {
      const r = dispatch(method, input);
      if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
      return r.data as T;
    };
    const term = data.terms[4];
    const [, , meeting] = data.meetings.get(term)!;
    const unit = data.units.get('县教育局')!;
    const category = data.categories.get('社会建设')!;
    const page = (label: string, input: Record<string, unknown>, target = true) => {
      const total = call<{ total: number }>('proposal.list', input).total;
      const times = sample(() => call('proposal.list', input), 60, 5);
      const p95 = percentile(times, 95);
      rows.push({ area: '提案', case: `列表一页：${label}（命中${total}件）p95`, target: target ? '< 10 ms' : '', measured: ms(p95), ok: target ? p95 < 10 : null });
    };
    page('一个会次，按编号', { termId: term, meetingId: meeting, page: 1, pageSize: 20 });
    page('届+状态+类别+提案者类型，第3页', { termId: term, statuses: ['已归档'], categoryId: category, kind: '委员个人', page: 3, pageSize: 20 });
    page('届+承办单位（主办或协办）', { termId: term, unitId: unit, page: 2, pageSize: 20 });
    page('全部10届，逾期未答复', { overdue: true, today: '2030-01-01', page: 1, pageSize: 20 });
    page('全部10届，重点提案', { isKey: true, page: 5, pageSize: 20 });
    page('全文检索两字词“养老”（一届内）', { termId: term, search: '养老', page: 1, pageSize: 20 });
    page('全文检索“农村生活污水”（全部10届）', { search: '农村生活污水', page: 1, pageSize: 20 }, false);
    page('全文检索两字词“托育”（全部10届）', { search: '托育', page: 1, pageSize: 20 }, false);

    for (const [label, termId] of [
      ['已办完的一届', term],
      ['正在办理的当届', data.terms.at(-1)!],
    ] as const) {
      const received = call<{ summary: { received: number } }>('proposal.statistics', { termId }).summary.received;
      const times = sample(() => call('proposal.statistics', { termId }), 20, 3);
      const p95 = percentile(times, 95);
      rows.push({ area: '提案', case: `统计：${label}（${received}件，全部表格与报告段落）p95`, target: '< 50 ms', measured: ms(p95), ok: p95 < 50 });
    }

    const book = call<{ rows: ProposalBookRow[] }>('proposal.book', { termId: term, statuses: [...filedStatuses], limit: 500 }).rows;
    let bytes = 0;
    const times = await sampleAsync(
      async () => {
        const doc = bookDocument({ termName: book[0].termName, sessionName: book[0].sessionName, date: '2026-04-10', proposals: book }, defaultOfficeSettings);
        bytes = (await packToBuffer(doc.document)).length;
      },
      3,
      1,
    );
    const median = times[1];
    rows.push({ area: '提案', case: `${book.length}件提案汇编 .docx（排版+打包，${(bytes / 1e6).toFixed(1)} MB）中位数`, target: '< 5 s', measured: ms(median), ok: median < 5000 });
    return rows;
  } finally {
    app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
