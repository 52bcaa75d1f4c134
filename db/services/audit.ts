import { auditLog } from '../schema';
import type { ServiceContext } from './context';

export interface AuditEvent {
  summary: string;
  entity: string;
  entityId?: number | null;
  before?: unknown;
  after?: unknown;
}

const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

/** Runs inside the caller's transaction, so the change and its log line commit together. */
export function audit(ctx: ServiceContext, event: AuditEvent) {
  ctx.app.orm
    .insert(auditLog)
    .values({
      actor: ctx.actor,
      method: ctx.method,
      summary: event.summary,
      entity: event.entity,
      entityId: event.entityId ?? null,
      before: json(event.before),
      after: json(event.after),
    })
    .run();
}
