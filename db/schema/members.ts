import { integer, sqliteTable, text, index } from 'drizzle-orm/sqlite-core';
import { recordColumns } from './columns';
import { committees, parties, sectorGroups, sectors, terms } from './reference';

export const members = sqliteTable(
  'members',
  {
    ...recordColumns,
    termId: integer('term_id').notNull().references(() => terms.id),
    name: text('name').notNull(),
    gender: text('gender').notNull(),
    sectorId: integer('sector_id').notNull().references(() => sectors.id),
    partyId: integer('party_id').references(() => parties.id),
    committeeId: integer('committee_id').references(() => committees.id),
    groupId: integer('group_id').references(() => sectorGroups.id),
    workUnit: text('work_unit').notNull().default(''),
    phone: text('phone').notNull(),
    isStanding: integer('is_standing', { mode: 'boolean' }).notNull().default(false),
    note: text('note').notNull().default(''),
    status: text('status').notNull().default('在任'),
    leftAt: text('left_at'),
    leftReason: text('left_reason'),
  },
  (t) => [index('members_term_idx').on(t.termId), index('members_sector_idx').on(t.sectorId), index('members_phone_idx').on(t.phone), index('members_name_idx').on(t.name)],
);
