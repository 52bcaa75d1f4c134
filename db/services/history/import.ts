import { and, eq, isNull, sql } from 'drizzle-orm';
import type { MethodParsedInput } from '../../../shared/contract';
import { countWords } from '../../../shared/domain/history/wordCount';
import { parseVolumeNumber, volumeLabel } from '../../../shared/domain/history/volume';
import { historyArticles, historySections, historyVolumes } from '../../schema';
import { audit } from '../audit';
import type { ServiceContext } from '../context';

interface PlannedVolume {
  number: number;
  title: string;
  year: number;
  firstRow: number;
  /** Existing imported volume (articles are appended). */
  existingId?: number;
  sections: string[];
}

/**
 * 历史文史资料入库: a manifest row per article (辑次, 书名, 栏目, 篇名, 作者, 年份, 文件) with the
 * text the renderer read from the article's .docx/.txt. All or nothing: every row is checked first;
 * one bad row and nothing is written, every bad row is listed with its row number.
 * Old volumes come in as imported volumes (已付印) and their articles as 已刊用.
 */
export const importHandlers = {
  'history.import': (input: MethodParsedInput<'history.import'>, ctx: ServiceContext) => {
    const orm = ctx.app.orm;
    const errors: { row: number; message: string }[] = [];
    const existingVolumes = new Map(
      orm
        .select({ id: historyVolumes.id, number: historyVolumes.number, title: historyVolumes.title, year: historyVolumes.year, imported: historyVolumes.imported })
        .from(historyVolumes)
        .where(isNull(historyVolumes.voidedAt))
        .all()
        .map((v) => [v.number, v]),
    );
    const planned = new Map<number, PlannedVolume>();
    const seen = new Map<string, number>();
    const accepted: { number: number; section: string; title: string; author: string; text: string; row: number }[] = [];

    for (const raw of input.rows) {
      const problems: string[] = [];
      const number = parseVolumeNumber(raw.volume);
      if (!raw.volume.trim()) problems.push('缺少辑次');
      else if (!number) problems.push(`辑次“${raw.volume.trim()}”无法识别（应如“第3辑”或“3”）`);
      const title = raw.title.trim();
      const author = raw.author.trim();
      const section = raw.section.trim();
      if (!title) problems.push('缺少篇名');
      else if (title.length > 100) problems.push('篇名超过100个字');
      if (!author) problems.push('缺少作者（不详的请填“佚名”）');
      else if (author.length > 50) problems.push('作者超过50个字');
      if (section.length > 40) problems.push('栏目名称超过40个字');
      const yearText = raw.year.trim();
      const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
      if (!yearText) problems.push('缺少年份');
      else if (!(year >= 1949 && year <= 2100)) problems.push(`年份“${yearText}”应为四位数字（1949–2100）`);
      if (!raw.fileName.trim()) problems.push('缺少文件名');
      else if (raw.text === null) problems.push(raw.fileError || `找不到文件“${raw.fileName.trim()}”（请一并选择该文件）`);
      else if (!raw.text.trim()) problems.push(`文件“${raw.fileName.trim()}”没有文字内容`);
      if (number) {
        const existing = existingVolumes.get(number);
        if (existing && !existing.imported) problems.push(`第${number}辑是在本系统中编辑的辑，不能导入到其中`);
        const plan = planned.get(number);
        if (plan && Number.isFinite(year) && plan.year !== year) problems.push(`年份${year}与第${plan.firstRow}行（同属第${number}辑）的${plan.year}不一致`);
        if (!plan && Number.isFinite(year) && existing?.imported && existing.year && existing.year !== year) problems.push(`年份${year}与已入库的第${number}辑（${existing.year}年）不一致`);
        if (title && author) {
          const key = `${number}\u0000${title}\u0000${author}`;
          if (seen.has(key)) problems.push(`与第${seen.get(key)}行重复（同一辑、同一篇名和作者）`);
          else seen.set(key, raw.row);
          if (existing?.imported) {
            const dup = orm
              .select({ id: historyArticles.id })
              .from(historyArticles)
              .where(and(eq(historyArticles.volumeId, existing.id), eq(historyArticles.title, title), eq(historyArticles.author, author), isNull(historyArticles.voidedAt)))
              .get();
            if (dup) problems.push(`《${title}》（${author}）已在第${number}辑中入库`);
          }
        }
        if (!plan && !problems.length) {
          planned.set(number, { number, title: raw.volumeTitle.trim() || existing?.title || `文史资料${volumeLabel(number)}`, year, firstRow: raw.row, existingId: existing?.id, sections: [] });
        }
      }
      if (problems.length) {
        errors.push({ row: raw.row, message: problems.join('；') });
        continue;
      }
      const plan = planned.get(number!)!;
      if (section && !plan.sections.includes(section)) plan.sections.push(section);
      accepted.push({ number: number!, section, title, author, text: raw.text!, row: raw.row });
    }
    if (errors.length) return { imported: 0, volumes: [], errors };

    const today = new Date().toISOString().slice(0, 10);
    const insertArticle = ctx.app.sqlite.prepare(
      `insert into history_articles (title, author, body, word_count, source, received_date, permission, status, sanqin, imported, volume_id, section_id, volume_order)
       values (?, ?, ?, ?, '历史文史资料入库', ?, '无需授权', '已刊用', '亲历', 1, ?, ?, ?)`,
    );
    const labels: string[] = [];
    for (const plan of [...planned.values()].sort((a, b) => a.number - b.number)) {
      const volumeId =
        plan.existingId ??
        orm.insert(historyVolumes).values({ number: plan.number, title: plan.title, year: plan.year, status: '已付印', imported: true }).returning({ id: historyVolumes.id }).get().id;
      const sectionIds = new Map(
        orm
          .select({ id: historySections.id, title: historySections.title })
          .from(historySections)
          .where(and(eq(historySections.volumeId, volumeId), isNull(historySections.voidedAt)))
          .all()
          .map((s) => [s.title, s.id]),
      );
      let sort = sectionIds.size;
      for (const title of plan.sections) {
        if (!sectionIds.has(title)) sectionIds.set(title, orm.insert(historySections).values({ volumeId, title, sort: ++sort }).returning({ id: historySections.id }).get().id);
      }
      let order = orm.select({ n: sql<number>`coalesce(max(${historyArticles.volumeOrder}), 0)` }).from(historyArticles).where(eq(historyArticles.volumeId, volumeId)).get()!.n;
      const rows = accepted.filter((a) => a.number === plan.number);
      for (const a of rows) insertArticle.run(a.title, a.author, a.text, countWords(a.text).total, today, volumeId, a.section ? sectionIds.get(a.section)! : null, ++order);
      labels.push(`${volumeLabel(plan.number)}（${rows.length}篇）`);
    }
    audit(ctx, { summary: `历史文史资料入库：${planned.size}辑${accepted.length}篇（${labels.join('、')}）`, entity: '文史辑', after: { volumes: labels, articles: accepted.map((a) => `${volumeLabel(a.number)}《${a.title}》`) } });
    return { imported: accepted.length, volumes: labels, errors: [] };
  },
};
