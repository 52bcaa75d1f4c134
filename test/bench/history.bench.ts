import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppDatabase } from '../../db/app';
import { createDispatcher } from '../../db/services/dispatch';
import { bruteForceIds, searchArticleIds } from '../../db/services/history/search';
import { articleText, articleTitle, personName, rng } from '../../db/demo/historyText';
import { defaultOfficeSettings } from '../../shared/contract/officeSettings';
import { packToBuffer } from '../../shared/docs';
import { buildVolumeDocument, volumeToc } from '../../shared/docs/history/volume';
import { sampleVolumeData } from '../fixtures/historyVolume';
import { ms, percentile, type BenchRow } from './harness';

const VOLUMES = Number(process.env.HISTORY_BENCH_VOLUMES ?? 100);
const PER_VOLUME = 50;
const CHARS = 8000;

/** Terms an archive user types: names and places (2), place names and things (3), four-character phrases (4). */
const termsByLength: Record<number, string[]> = {
  2: ['永康', '芝英', '古山', '方岩', '石柱', '西溪', '唐先', '舟山', '龙山', '象珠', '花街', '前仓', '张春', '楼伟', '胡文', '应慧', '祠堂', '渡口', '粮站', '私塾', '民国', '水灾', '稀奇', '记载', 'PD'],
  3: ['城关镇', '胡公庙', '东阳江', '五金城', '老字号', '打铁铺', '糕点店', '中药铺', '石拱桥', '供销社', '电影院', '合作社', '县中学', '卫生院', '张明华', '王国庆', '李建军', '陈秀英', '一九五', '天不亮', '头一回', '《永康', 'Kod', 'BBC', '年春，'],
  4: ['五金作坊', '抗战时期', '解放初期', '改革开放', '生意兴隆', '十分兴隆', '当时的情', '乡亲们都', '百余年历', '早年就读', '从上海带', '张明华在', '永康一带', '芝英的祠', '那时候的', '生意十分', '一九五八', '上世纪八', '遭了水灾', '始建于1', 'Koda', '胡公庙的', '城关镇人', '回忆起方', '“那时候'],
};

/** 文史检索 on a generated archive of 100 volumes × 50 articles (≈ 40 million characters). */
export default async function historyBench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'zx-bench-history-'));
  const app = new AppDatabase({ path: join(dir, 'bench.sqlite') });
  const rows: BenchRow[] = [];
  try {
    const dispatch = createDispatcher(app);
    const r = rng(40_000_000);
    let chars = 0;
    const t0 = performance.now();
    for (let v = 1; v <= VOLUMES; v++) {
      const seen = new Set<string>();
      const batch = Array.from({ length: PER_VOLUME }, (_, i) => {
        let title = articleTitle(r);
        while (seen.has(title)) title += '（续）';
        seen.add(title);
        const text = articleText(r, CHARS - 400 + Math.floor(r() * 800));
        chars += text.length;
        return { row: i + 2, volume: String(v), volumeTitle: `永安文史资料第${v}辑`, section: ['工商经济', '人物春秋', '风土人情', '文化教育'][i % 4], title, author: personName(r), year: String(1980 + Math.floor(v / 3)), fileName: `${v}/${i}.txt`, text };
      });
      const out = dispatch('history.import', { rows: batch });
      if (!out.ok || (out.data as { errors: unknown[] }).errors.length) throw new Error(`import failed: ${JSON.stringify(out).slice(0, 300)}`);
    }
    const importMs = performance.now() - t0;
    const size = statSync(join(dir, 'bench.sqlite')).size + (statSync(join(dir, 'bench.sqlite-wal'), { throwIfNoEntry: false })?.size ?? 0);
    rows.push({ area: '文史', case: `生成档案：${VOLUMES}辑×${PER_VOLUME}篇，${(chars / 1e6).toFixed(1)}百万字（入库服务，含索引）`, target: '', measured: `${(importMs / 1000).toFixed(1)} s，${(size / 1e6).toFixed(0)} MB`, ok: null });

    for (const length of [2, 3, 4]) {
      const ours: number[] = [];
      const brute: number[] = [];
      const mismatches: string[] = [];
      let hits = 0;
      for (const term of termsByLength[length].filter((x) => [...x].length === length)) {
        for (let run = 0; run < 3; run++) {
          const t = performance.now();
          const res = dispatch('history.search', { query: term, page: 1, pageSize: 20 });
          ours.push(performance.now() - t);
          if (!res.ok) throw new Error(res.error.message);
        }
        const ids = searchArticleIds(app.sqlite, [term]);
        const tb = performance.now();
        const reference = bruteForceIds(app.sqlite, [term]);
        brute.push(performance.now() - tb);
        hits += ids.length;
        if (ids.length !== reference.length || ids.some((id, i) => id !== reference[i])) mismatches.push(term);
      }
      ours.sort((a, b) => a - b);
      brute.sort((a, b) => a - b);
      const n = termsByLength[length].filter((x) => [...x].length === length).length;
      rows.push({ area: '文史', case: `检索${length}字词 p95（${n}个词，每页20条含上下文）`, target: '< 30 ms', measured: ms(percentile(ours, 95)), ok: percentile(ours, 95) < 30 });
      rows.push({ area: '文史', case: `  同一批词 LIKE 全表扫描 p95（对照）`, target: '', measured: ms(percentile(brute, 95)), ok: null });
      rows.push({ area: '文史', case: `  结果与 LIKE 扫描一致（共命中${hits}篇次）`, target: '一致', measured: mismatches.length ? `不一致：${mismatches.join('、')}` : '一致', ok: mismatches.length === 0 });
    }
    rows.push(...(await volumeDocx()));
    return rows;
  } finally {
    app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A 400-page volume as one .docx: layout (目录 page count) + docx build + pack, as the worker does it. */
async function volumeDocx(): Promise<BenchRow[]> {
  const data = sampleVolumeData({ articles: 47, chars: 4400, seed: 400 });
  const pages = volumeToc(data).at(-1)!.page;
  const times: number[] = [];
  let size = 0;
  for (let run = 0; run < 3; run++) {
    const t = performance.now();
    const bytes = await packToBuffer(buildVolumeDocument(data, defaultOfficeSettings));
    times.push(performance.now() - t);
    size = bytes.length;
  }
  times.sort((a, b) => a - b);
  const median = times[1];
  return [
    {
      area: '文史',
      case: `整辑Word：${data.sections.reduce((n, s) => n + s.articles.length, 0)}篇、约${pages}页（${(size / 1e6).toFixed(1)} MB，3次取中位数）`,
      target: '< 5 s',
      measured: `${(median / 1000).toFixed(2)} s`,
      ok: median < 5000,
    },
  ];
}
