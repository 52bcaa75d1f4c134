import { PageBreak, Paragraph, type FileChild } from 'docx';
import type { OfficeSettings } from '../../contract/officeSettings';
import { formatDocNumber } from '../../domain/docNumber';
import { body } from '../blocks';
import { STYLE } from '../styles';

/**
 * “政协永安县第十一届委员会第四次会议”: the 会次 as documents name it, built from 设置 → 单位简称
 * (政协永安县委员会) with the 届 put before 委员会. 平时 proposals: “…第十一届委员会（闭会期间）”.
 */
export function sessionTitle(settings: OfficeSettings, termName: string, sessionName: string): string {
  const short = settings.shortName.trim();
  const withTerm = short.endsWith('委员会') ? `${short.slice(0, -3)}${termName}委员会` : `${short}${termName}`;
  return sessionName === '平时' ? `${withTerm}（闭会期间）` : `${withTerm}${sessionName}`;
}

/** The 提案委员会 of the committee (signs 不予立案通知书 and 征询 forms). */
export function proposalCommittee(settings: OfficeSettings): string {
  return `${settings.shortName}提案委员会`;
}

/** 发文字号 of the 提案 series when the clerk gave a serial, else undefined. */
export function proposalDocNumber(settings: OfficeSettings, year: number, serial?: number | null): string | undefined {
  return serial ? formatDocNumber(settings.series.proposal.prefix, year, serial) : undefined;
}

/** Body paragraphs of a multi-line text (one paragraph per line, blank lines dropped). */
export function bodyText(text: string): Paragraph[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => body(l));
}

/** A page break in a body-style paragraph (each proposal of a 汇编 starts on a new page). */
export function pageBreak(): FileChild {
  return new Paragraph({ style: STYLE.body, children: [new PageBreak()] });
}

export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}
