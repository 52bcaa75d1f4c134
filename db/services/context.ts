import type { AppDatabase } from '../app';

export interface ServiceContext {
  app: AppDatabase;
  /** 操作人 shown in the audit log. */
  actor: string;
  method: string;
}
