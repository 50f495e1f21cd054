/**
 * The one table of hostile and ordinary requests every listening program is run against (the mock, the
 * validation proxy, the reference server, the sandbox): the hostile rows (hostile-requests.ts: malformed
 * targets and paths, odd methods, bad headers of every kind, huge and deep bodies, slow and vanishing
 * clients), the bad requests whose problem `errors` the contract words (bad-requests.ts), and rows of its
 * own for what only some programs decide (Origin and CORS, the mock's scenarios). Each row says what the
 * contract wants; where it lets programs differ, `wantBy` names the program's own status. A row with one
 * status for all must get the same problem (`type`, `title`, `status`, `detail`, `errors`) from every program.
 */
import { BAD_REQUESTS, PARITY_API_KEY, type BadRequest, type RuleError } from './bad-requests.js';
import { HOSTILE_REQUESTS, HOSTILE_TOKEN, SECRET_MARKER, judgeHostileOutcome, type HostileOutcome, type HostileRequest } from './hostile-requests.js';

/** The programs that answer the contract over HTTP. */
export type Program = 'mock' | 'proxy' | 'server' | 'sandbox';
export const PROGRAMS: readonly Program[] = ['server', 'sandbox', 'proxy', 'mock'];

/** The API keys a reference server under this table must know. */
export const SHARED_API_KEYS = `${HOSTILE_TOKEN}=hostile,${PARITY_API_KEY}=parity`;

/** One row of the table. */
export interface SharedRequest extends HostileRequest {
  /** the problem's `errors` the contract words for this request */
  errors?: readonly RuleError[];
  /** a program's own status, where the contract leaves it to the program (scenarios, an allow-list of origins) */
  wantBy?: Partial<Record<Program, number>>;
}

const line = (name: string, value: string) => `${name}: ${value}\r\n`;

/** The bytes of a bad-request row, as a client would send them. */
function rawOf(row: BadRequest): HostileRequest['raw'] {
  const headers: Record<string, string | undefined> = { authorization: `Bearer ${PARITY_API_KEY}`, ...row.headers };
  return (host) => {
    const body = row.body === undefined ? undefined : Buffer.isBuffer(row.body) ? row.body : Buffer.from(row.body);
    const head = [`${row.method} ${row.path} HTTP/1.1\r\n`, line('Host', host)];
    for (const [name, value] of Object.entries(headers)) if (value !== undefined) head.push(line(name, value));
    if (body !== undefined) head.push(line('Content-Length', String(body.length)));
    head.push(line('Connection', 'close'), '\r\n');
    const bytes = Buffer.from(head.join(''), 'latin1');
    return body === undefined ? bytes : Buffer.concat([bytes, body]);
  };
}

/** A GET of the collection with the hostile token and `headers` (lines). */
const get = (headers: string, target = '/v1/webhooks') => (host: string) =>
  Buffer.from(`GET ${target} HTTP/1.1\r\n${line('Host', host)}${line('Authorization', `Bearer ${HOSTILE_TOKEN}`)}${headers}${line('Connection', 'close')}\r\n`, 'latin1');
const options = (headers: string, target = '/v1/webhooks') => (host: string) => Buffer.from(`OPTIONS ${target} HTTP/1.1\r\n${line('Host', host)}${headers}${line('Connection', 'close')}\r\n`, 'latin1');

const LOCAL_PAGE = 'http://localhost:5173';
const OTHER_SITE = `https://${SECRET_MARKER}.example`;

/** Rows of this table's own: origins, which only the sandbox keeps to a list, and ordinary requests. */
const OWN_ROWS: readonly SharedRequest[] = [
  { name: 'an ordinary listing', raw: get(''), want: 200, valid: true },
  { name: 'an ordinary listing with Accept: application/json', raw: get(line('Accept', 'application/json')), want: 200, valid: true },
  { name: 'an Origin of a page on this machine', raw: get(line('Origin', LOCAL_PAGE)), want: 200, valid: true },
  { name: 'an Origin of another site', raw: get(line('Origin', OTHER_SITE)), want: [200, 403], wantBy: { server: 200, proxy: 200, mock: 200, sandbox: 403 }, valid: true },
  { name: 'Origin: null', raw: get(line('Origin', 'null')), want: [200, 403], wantBy: { server: 200, proxy: 200, mock: 200, sandbox: 403 }, valid: true },
  { name: 'Origin sent twice', raw: get(line('Origin', LOCAL_PAGE) + line('Origin', OTHER_SITE)), want: [200, 403], wantBy: { server: 200, proxy: 200, mock: 200, sandbox: 403 }, valid: true },
  {
    name: 'a preflight from a page on this machine',
    raw: options(line('Origin', LOCAL_PAGE) + line('Access-Control-Request-Method', 'POST') + line('Access-Control-Request-Headers', 'authorization, content-type')),
    want: 204,
    valid: true,
  },
  {
    name: 'a preflight from another site',
    raw: options(line('Origin', OTHER_SITE) + line('Access-Control-Request-Method', 'POST')),
    want: [204, 403],
    wantBy: { server: 204, proxy: 204, mock: 204, sandbox: 403 },
    valid: true,
  },
  { name: 'a preflight for a path the API does not have', raw: options(line('Origin', LOCAL_PAGE) + line('Access-Control-Request-Method', 'GET'), '/v2/nothing'), want: [204, 404], wantBy: { mock: 204 }, valid: true },
  { name: 'an OPTIONS for a path the API does not have', raw: options('', '/v2/nothing'), want: 404 },
];

/** The sandbox's own statuses for hostile rows: it refuses an Origin header that is not an allowed origin. */
const SANDBOX_OWN: Readonly<Record<string, number>> = { 'an Origin that is not an origin': 403 };

/** The hostile rows, the mock's and the sandbox's own statuses as `wantBy`. */
const HOSTILE_ROWS: readonly SharedRequest[] = HOSTILE_REQUESTS.map(({ mockWant, ...row }) => {
  const wantBy = { ...(mockWant === undefined ? {} : { mock: mockWant }), ...(SANDBOX_OWN[row.name] === undefined ? {} : { sandbox: SANDBOX_OWN[row.name] }) };
  return Object.keys(wantBy).length === 0 ? row : { ...row, wantBy };
});

/** The bad requests, with the problem `errors` the contract words. */
const BAD_ROWS: readonly SharedRequest[] = BAD_REQUESTS.map((row) => ({
  name: `bad request: ${row.name}`,
  raw: rawOf(row),
  want: row.want.status,
  ...(row.want.errors === undefined ? {} : { errors: row.want.errors }),
}));

export const SHARED_REQUESTS: readonly SharedRequest[] = [...OWN_ROWS, ...HOSTILE_ROWS, ...BAD_ROWS];

/** The statuses `program` may answer `row` with. */
export function wantedBy(row: SharedRequest, program: Program): readonly number[] {
  const own = row.wantBy?.[program];
  if (own !== undefined) return [own];
  return typeof row.want === 'number' ? [row.want] : row.want;
}

/** Whether every program must answer `row` with the same problem. */
export function mustAgree(row: SharedRequest): boolean {
  return typeof row.want === 'number' && row.want >= 400 && row.wantBy === undefined && !row.vanishes;
}

/** The members of a problem every program must agree on; undefined for an answer that is no problem. */
export interface ProblemMembers {
  status: number;
  type?: string;
  title?: string;
  detail?: string;
  errors?: { pointer: string; message: string }[];
}

/** What of an outcome's answers must agree. */
export function membersOf(outcome: HostileOutcome): ProblemMembers[] {
  return outcome.answers.map((answer) => {
    if (answer.status < 400) return { status: answer.status };
    try {
      const problem = JSON.parse(answer.body.toString('utf8')) as ProblemMembers;
      return { status: answer.status, type: problem.type, title: problem.title, detail: problem.detail, ...(problem.errors === undefined ? {} : { errors: problem.errors.map(({ pointer, message }) => ({ pointer, message })) }) };
    } catch {
      return { status: answer.status };
    }
  });
}

/**
 * What is wrong with how `program` answered `row`: the rules of judgeHostileOutcome, the status the
 * contract (or the row, for this program) wants, and the problem's `errors` where the contract words them.
 */
export function judgeShared(row: SharedRequest, outcome: HostileOutcome, program: Program): string[] {
  const failures = judgeHostileOutcome({ ...row, want: wantedBy(row, program) }, outcome, { exact: true });
  if (row.errors !== undefined) {
    for (const members of membersOf(outcome)) {
      if (JSON.stringify(members.errors) !== JSON.stringify(row.errors)) failures.push(`errors ${JSON.stringify(members.errors)}, not ${JSON.stringify(row.errors)}`);
    }
  }
  return failures;
}
