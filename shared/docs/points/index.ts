/** 履职积分 documents on the shared GB/T 9704 engine: the 年度履职情况通报 and the 年度数据 draft. */
export { annualNotice, annualNoticeTitle, type AnnualNoticeData } from './annualNotice';
export { figuresDraft, figuresDraftTitle, type FiguresDraftData } from './figuresDraft';
export { annualNoticeData, figuresDraftData, rulesOfYear } from './data';
