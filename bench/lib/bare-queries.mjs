/**
 * The inbox list as plain SQL, for the bare baseline. Keep it the same query as listInbox()
 * (server/src/modules/inbox/inbox.query.ts) minus the session, permission and calendar work: open tasks
 * assigned to the person by name, or to one of their roles inside their org subtree, with the org name
 * and the state of the task's clock; earliest deadline first (none last); one page of 20, the total for
 * the pager and the per-status counts. The urgency filter (?status=overdue) becomes a date bound: due
 * before today.
 * Parameters: user id, one per role, scope path pattern, then the date bound when `bounded`.
 */
const COLUMNS = `t.id, t.org_id, o.name AS org_name, t.module, t.kind, t.subject_type, t.subject_id, t.title, t.link,
  t.assignee_user_id, t.assignee_role, t.clock_id, t.due_date, t.created_at, c.state AS clock_state`;

/**
 * @param {'sqlite' | 'pg'} dialect
 * @param {number} roleCount
 * @param {boolean} bounded
 */
function from(dialect, roleCount, bounded) {
  let n = 0;
  const p = () => (dialect === 'pg' ? `$${++n}` : '?');
  const user = p();
  const roles = Array.from({ length: roleCount }, p).join(', ');
  const scope = p();
  return `FROM tasks t JOIN orgs o ON o.id = t.org_id LEFT JOIN clocks c ON c.id = t.clock_id
    WHERE t.status = 'open' AND (t.assignee_user_id = ${user} OR (t.assignee_role IN (${roles}) AND o.path LIKE ${scope}))${bounded ? ` AND t.due_date < ${p()}` : ''}`;
}

/** @param {'sqlite' | 'pg'} dialect @param {number} roleCount @param {boolean} bounded */
export const inboxPageSql = (dialect, roleCount, bounded) =>
  `SELECT ${COLUMNS} ${from(dialect, roleCount, bounded)} ORDER BY t.due_date IS NULL, t.due_date, t.created_at, t.id LIMIT 20 OFFSET 0`;

/** @param {'sqlite' | 'pg'} dialect @param {number} roleCount @param {boolean} bounded */
export const inboxTotalSql = (dialect, roleCount, bounded) =>
  `SELECT count(*) AS n ${from(dialect, roleCount, bounded)}`;

/**
 * Per-status counts over all of the person's open tasks (the donut beside the list); the two date
 * bounds (today, first on-track day) come last.
 * @param {'sqlite' | 'pg'} dialect @param {number} roleCount
 */
export const inboxCountsSql = (dialect, roleCount) => {
  const n = roleCount + 2;
  const [a, b, c] = dialect === 'pg' ? [`$${n + 1}`, `$${n + 2}`, `$${n + 3}`] : ['?', '?', '?'];
  return `SELECT sum(CASE WHEN t.due_date < ${a} THEN 1 ELSE 0 END) AS overdue,
    sum(CASE WHEN t.due_date >= ${b} AND t.due_date < ${c} THEN 1 ELSE 0 END) AS due_soon, count(*) AS total ${from(dialect, roleCount, false)}`;
};

/** Today's legal date in Asia/Shanghai, the day Fazhi judges deadlines by. */
export const shanghaiToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
