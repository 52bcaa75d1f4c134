import type Database from 'better-sqlite3';
import type { MethodParsedInput } from '../../../shared/contract';
import type { SearchHit, SearchSnippet } from '../../../shared/contract/history';
import { containsAll, findHits, ftsExpression, likePattern, needsVerification, snippets, splitQuery, termPath } from '../../../shared/domain/history/textSearch';
import type { ServiceContext } from '../context';

/**
 * 文史检索 over every article that is not 作废 (design.md, Full-text search):
 * - a term of 3+ characters → FTS5 trigram table (history_fts_trigram), a phrase query;
 * - a term of 1–2 characters → the bigram table (history_fts_bigram): one token for 2 characters,
 *   a token-prefix query for 1 character (textSearch.ngramText explains the tokens);
 * - several terms are ANDed, each through its own index; filters narrow on history_articles.
 * Both indexes answer exactly what `title LIKE '%term%' OR body LIKE '%term%'` answers, except
 * that they fold case for non-ASCII letters too; terms with such letters are re-checked in text.
 * bruteForceIds() is that LIKE scan, kept here for the tests and the benchmark to compare with.
 */
export interface SearchFilters {
  volumeId?: number;
  section?: string;
  author?: string;
  yearFrom?: number;
  yearTo?: number;
}

const joins = `left join history_volumes v on v.id = a.volume_id
  left join history_sections s on s.id = a.section_id`;
const from = `from history_articles a ${joins}`;
/** The index path reads only the covering index history_articles_search_idx, never an article row (~24 KB each). */
const fromIndexed = `from history_articles a indexed by history_articles_search_idx ${joins}`;
const order = `order by (v.number is null), v.number, a.volume_order, a.id`;

function filterSql(filters: SearchFilters, where: string[], params: unknown[]) {
  where.push('a.voided_at is null');
  if (filters.volumeId) {
    where.push('a.volume_id = ?');
    params.push(filters.volumeId);
  }
  if (filters.section) {
    where.push('s.title = ?');
    params.push(filters.section);
  }
  if (filters.author) {
    where.push(`a.author like ? escape '\\'`);
    params.push(likePattern(filters.author));
  }
  if (filters.yearFrom) {
    where.push('v.year >= ?');
    params.push(filters.yearFrom);
  }
  if (filters.yearTo) {
    where.push('v.year <= ?');
    params.push(filters.yearTo);
  }
}

function indexedWhere(terms: readonly string[], filters: SearchFilters) {
  const where: string[] = [];
  const params: unknown[] = [];
  for (const term of terms) {
    const table = termPath(term) === 'trigram' ? 'history_fts_trigram' : 'history_fts_bigram';
    where.push(`a.id in (select rowid from ${table} where ${table} match ?)`);
    params.push(ftsExpression(term));
  }
  filterSql(filters, where, params);
  return { where: `where ${where.join(' and ')}`, params };
}

/** Every matching article id, in archive order, through the indexes (exact). */
export function searchArticleIds(sqlite: Database.Database, terms: readonly string[], filters: SearchFilters = {}): number[] {
  const { where, params } = indexedWhere(terms, filters);
  const ids = sqlite.prepare(`select a.id ${fromIndexed} ${where} ${order}`).pluck().all(...params) as number[];
  return terms.some(needsVerification) ? verify(sqlite, ids, terms) : ids;
}

/** The same answer by scanning every article with LIKE (no index): the reference for tests and the bench. */
export function bruteForceIds(sqlite: Database.Database, terms: readonly string[], filters: SearchFilters = {}): number[] {
  const where: string[] = [];
  const params: unknown[] = [];
  for (const term of terms) {
    where.push(`(a.title like ? escape '\\' or a.body like ? escape '\\')`);
    params.push(likePattern(term), likePattern(term));
  }
  filterSql(filters, where, params);
  return sqlite.prepare(`select a.id ${from} where ${where.join(' and ')} ${order}`).pluck().all(...params) as number[];
}

function verify(sqlite: Database.Database, ids: number[], terms: readonly string[]): number[] {
  const get = sqlite.prepare('select title, body from history_articles where id = ?');
  return ids.filter((id) => {
    const r = get.get(id) as { title: string; body: string };
    return terms.every((t) => containsAll(r.title, [t]) || containsAll(r.body, [t]));
  });
}

interface HitRow {
  id: number;
  title: string;
  author: string;
  status: string;
  body: string;
  volumeId: number | null;
  volumeNumber: number | null;
  volumeTitle: string | null;
  sectionTitle: string | null;
  year: number | null;
}

const MAX_SNIPPETS = 3;

export const searchHandlers = {
  'history.search': (input: MethodParsedInput<'history.search'>, ctx: ServiceContext) => {
    const started = performance.now();
    const sqlite = ctx.app.sqlite;
    const terms = splitQuery(input.query);
    const filters: SearchFilters = { volumeId: input.volumeId, section: input.section || undefined, author: input.author || undefined, yearFrom: input.yearFrom, yearTo: input.yearTo };
    const hasFilter = Object.values(filters).some((v) => v !== undefined);
    if (!terms.length && !hasFilter) return { terms, total: 0, rows: [], ms: 0 };
    const offset = (input.page - 1) * input.pageSize;
    // one pass over the indexes: every matching id in archive order (a few thousand integers at most)
    const ids = searchArticleIds(sqlite, terms, filters);
    const total = ids.length;
    const pageIds = ids.slice(offset, offset + input.pageSize);
    const load = sqlite.prepare(`select a.id, a.title, a.author, a.status, a.body, a.volume_id volumeId, v.number volumeNumber, v.title volumeTitle, s.title sectionTitle, v.year year ${from} where a.id = ?`);
    const rows: SearchHit[] = pageIds.map((id) => {
      const r = load.get(id) as HitRow;
      const titleHits = findHits(r.title, terms);
      const bodyHits = findHits(r.body, terms);
      const cut: SearchSnippet[] = [
        ...snippets(r.title, titleHits, { radius: 100, max: 1 }).map((s) => ({ field: 'title' as const, ...s })),
        ...snippets(r.body, bodyHits, { radius: 30, max: MAX_SNIPPETS }).map((s) => ({ field: 'body' as const, ...s })),
      ];
      return {
        articleId: r.id,
        title: r.title,
        author: r.author,
        status: r.status,
        volumeId: r.volumeId,
        volumeNumber: r.volumeNumber,
        volumeTitle: r.volumeTitle,
        sectionTitle: r.sectionTitle,
        year: r.year,
        hitCount: titleHits.length + bodyHits.length,
        snippets: cut,
      };
    });
    return { terms, total, rows, ms: Math.round((performance.now() - started) * 10) / 10 };
  },

  'history.searchOptions': (_input: unknown, ctx: ServiceContext) => {
    const sqlite = ctx.app.sqlite;
    return {
      volumes: sqlite.prepare('select id, number, title, year from history_volumes where voided_at is null order by number').all() as { id: number; number: number; title: string; year: number | null }[],
      sections: sqlite
        .prepare(
          `select distinct s.title from history_sections s join history_volumes v on v.id = s.volume_id
           where s.voided_at is null and v.voided_at is null and s.title <> '' order by s.title`,
        )
        .pluck()
        .all() as string[],
      years: sqlite.prepare('select distinct year from history_volumes where voided_at is null and year is not null order by year').pluck().all() as number[],
    };
  },
};
