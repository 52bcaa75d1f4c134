import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppDatabase } from '../../db/app';
import { generateDemo } from '../../db/demo/generate';
import { createDispatcher } from '../../db/services/dispatch';
import { ms, percentile, sample, type BenchRow } from './harness';

/** The member roster at the size of a large county (demo generator, 3,000 members). */
export default function membersBench(): BenchRow[] {
  const dir = mkdtempSync(join(tmpdir(), 'zx-bench-members-'));
  const app = new AppDatabase({ path: join(dir, 'bench.sqlite') });
  try {
    const t = performance.now();
    generateDemo(app, { members: 3000 });
    const seedMs = performance.now() - t;
    const dispatch = createDispatcher(app);
    const page = sample(() => dispatch('member.list', { page: 3, pageSize: 20, sectorId: 22, status: '在任' }));
    const search = sample(() => dispatch('member.list', { page: 1, pageSize: 20, search: '建国' }));
    return [
      { area: '委员', case: '生成3000名委员（经服务层）', target: '', measured: ms(seedMs), ok: null },
      { area: '委员', case: '按界别筛选一页 p95', target: '< 10 ms', measured: ms(percentile(page, 95)), ok: percentile(page, 95) < 10 },
      { area: '委员', case: '姓名搜索一页 p95', target: '< 10 ms', measured: ms(percentile(search, 95)), ok: percentile(search, 95) < 10 },
    ];
  } finally {
    app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
