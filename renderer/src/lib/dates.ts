import dayjs from 'dayjs';
import { formatChineseDate } from '../../../shared/domain/chineseDate';

/** Today on this computer's calendar, as the API takes dates (2026-03-05). */
export const todayIso = () => dayjs().format('YYYY-MM-DD');

/** 2026-03-05 (or a timestamp) → 2026年3月5日; empty for none. */
export const cnDate = (iso: string | null | undefined) => (iso ? formatChineseDate(iso.slice(0, 10)) : '');
