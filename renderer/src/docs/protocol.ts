import type { OfficeSettings } from '../../../shared/contract/officeSettings';

export interface BuildRequest {
  id: number;
  kind: string;
  data: unknown;
  settings: OfficeSettings;
}

export type BuildMessage =
  | { id: number; type: 'progress'; fraction: number; note?: string }
  | { id: number; type: 'done'; bytes: ArrayBuffer }
  | { id: number; type: 'error'; message: string };
