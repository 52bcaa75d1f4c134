/**
 * 编委会: the editorial committee printed on a volume's 编委会 page, edited as an ordered list of
 * people (职务 + 姓名). It is stored grouped — [{ role: '副主任', names: ['应立新', '程国庆'] }, …] —
 * which is what the 编委会 page prints, one line per group in list order; consecutive people with the
 * same 职务 form one group (so the clerk orders people, and the page follows that order exactly).
 */

/** The usual 职务, in the order a 编委会 page lists them. Older volumes may carry others (委员, 编辑, 顾问). */
export const boardRoles = ['主任', '副主任', '主编', '副主编', '编委'] as const;
export type BoardRole = (typeof boardRoles)[number];

export interface BoardGroup {
  role: string;
  names: string[];
}
export interface BoardPerson {
  role: string;
  name: string;
}

/** The stored groups as the editor's list, one person per row, in print order. */
export function boardPeople(board: readonly BoardGroup[]): BoardPerson[] {
  return board.flatMap((g) => g.names.map((name) => ({ role: g.role, name })));
}

/** The editor's list as stored groups: rows without a name are dropped, consecutive same 职务 joined. */
export function groupBoard(people: readonly BoardPerson[]): BoardGroup[] {
  const out: BoardGroup[] = [];
  for (const p of people) {
    const role = p.role.trim();
    const name = p.name.trim();
    if (!role || !name) continue;
    const last = out[out.length - 1];
    if (last && last.role === role) last.names.push(name);
    else out.push({ role, names: [name] });
  }
  return out;
}

/** The 职务 a select offers: the usual ones, then any other the list already uses (kept, never lost). */
export function boardRoleOptions(people: readonly BoardPerson[]): string[] {
  const extra = people.map((p) => p.role.trim()).filter((r) => r && !(boardRoles as readonly string[]).includes(r));
  return [...boardRoles, ...new Set(extra)];
}
