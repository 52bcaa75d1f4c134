/**
 * Where a record opens in the app, by its table (the module's own page); null when the module has no
 * page for it. `date` picks the year tab of modules that are organised by year.
 */
export function recordRoute(table: string, id: number, date: string | null = null): string | null {
  const year = date ? date.slice(0, 4) : '';
  switch (table) {
    case 'proposals':
      return `/proposals/list/${id}`;
    case 'opinion_reports':
      return `/opinions/reports/${id}`;
    case 'supervision_letters':
      return `/supervision?${year ? `year=${year}&` : ''}letter=${id}`;
    case 'supervision_activities':
      return `/supervision?${year ? `year=${year}&` : ''}tab=activities`;
    case 'opinion_notices':
      return '/opinions/stats';
    case 'points_notices':
      return '/points?tab=years';
    case 'history_articles':
      return `/history?article=${id}`;
    default:
      return null;
  }
}
