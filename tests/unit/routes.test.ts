import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as routes from '../../lib/routes';

const root = path.resolve(import.meta.dirname, '../..');

const c = 'northbridge';
const b = 'schools-board';
const m = '0b7c8a52-2f7e-4c55-9d1e-6a3f7c1e9d10';
const p = '9f1d2c3b-4a5e-4f60-8a7b-1c2d3e4f5a6b';

describe('the route builders', () => {
  it.each([
    ['homePath', routes.homePath(), '/'],
    ['accessibilityPath', routes.accessibilityPath(), '/accessibility'],
    ['myMeetingsPath', routes.myMeetingsPath(), '/my-meetings'],
    ['platformPath', routes.platformPath(), '/platform'],
    ['signInPath', routes.signInPath(), '/sign-in'],
    [
      'signInPath with a callback',
      routes.signInPath({ callbackUrl: '/northbridge/boards/x?tab=1' }),
      '/sign-in?callbackUrl=%2Fnorthbridge%2Fboards%2Fx%3Ftab%3D1',
    ],
    ['signInPath without one', routes.signInPath({ callbackUrl: undefined }), '/sign-in'],
    [
      'signInPath after an invitation',
      routes.signInPath({ created: 1, email: 'a+b@x.gov.uk', callbackUrl: '/northbridge' }),
      '/sign-in?created=1&email=a%2Bb%40x.gov.uk&callbackUrl=%2Fnorthbridge',
    ],
    ['signInStepPath', routes.signInStepPath('code'), '/sign-in/code'],
    ['signInStepPath with a token', routes.signInStepPath('link', { token: 'abc_DEF-123' }), '/sign-in/link?token=abc_DEF-123'],
    ['accountPath', routes.accountPath('security', { council: c }), '/account/security?council=northbridge'],
    ['accountPath recovery codes', routes.accountPath('security/recovery-codes'), '/account/security/recovery-codes'],
    ['acceptInvitationPath', routes.acceptInvitationPath('t/k n'), '/invitations/accept?token=t%2Fk+n'],
    ['reminderUnsubscribePath', routes.reminderUnsubscribePath('a.b_c-d'), '/unsubscribe/reminders?token=a.b_c-d'],
    ['reminderOneClickUnsubscribePath', routes.reminderOneClickUnsubscribePath('a.b'), '/unsubscribe/reminders/one-click?token=a.b'],
    ['commissionUploadPagePath', routes.commissionUploadPagePath('t/k n'), '/commissioned-paper?token=t%2Fk+n'],
    ['authorCommissionPath', routes.authorCommissionPath(c, m), `/northbridge/commissioned-papers/${m}`],
    ['newCommissionPath', routes.newCommissionPath(c, b, { agendaItem: m }), `/northbridge/boards/schools-board/commissioned-papers/new?agendaItem=${m}`],
    ['commissionPath', routes.commissionPath(c, b, m), `/northbridge/boards/schools-board/commissioned-papers/${m}`],
    [
      'commissionSubmittedFilePath',
      routes.commissionSubmittedFilePath(c, b, m),
      `/api/councils/northbridge/boards/schools-board/commissioned-papers/${m}/file`,
    ],
    ['commissionFileApiPath', routes.commissionFileApiPath(c, m, { token: 'a.b' }), `/api/councils/northbridge/commissioned-papers/${m}/file?token=a.b`],
    ['councilPath', routes.councilPath(c), '/northbridge'],
    ['interestsPath', routes.interestsPath(c, { person: m }), `/northbridge/interests?person=${m}`],
    ['newBoardPath', routes.newBoardPath(c), '/northbridge/boards/new'],
    [
      'councilAdminPath',
      routes.councilAdminPath(c, 'audit', { kind: 'board.create', actor: '', before: 'x' }),
      '/northbridge/admin/audit?kind=board.create&before=x',
    ],
    ['boardPath', routes.boardPath(c, b), '/northbridge/boards/schools-board'],
    [
      'boardSectionPath',
      routes.boardSectionPath(c, b, 'risks', { review: 'due', sort: 'review' }),
      '/northbridge/boards/schools-board/risks?review=due&sort=review',
    ],
    ['boardSectionPath settings', routes.boardSectionPath(c, b, 'settings', { created: 1 }), '/northbridge/boards/schools-board/settings?created=1'],
    ['newActionPath', routes.newActionPath(c, b), '/northbridge/boards/schools-board/actions/new'],
    ['actionPath', routes.actionPath(c, b, 'SB-12', { added: 1 }), '/northbridge/boards/schools-board/actions/SB-12?added=1'],
    ['actionStepPath', routes.actionStepPath(c, b, 'SB-12', 'drop'), '/northbridge/boards/schools-board/actions/SB-12/drop'],
    [
      'actionLogExportPath',
      routes.actionLogExportPath(c, b, 'xlsx', { show: 'all', q: 'a b' }),
      '/northbridge/boards/schools-board/actions/export.xlsx?show=all&q=a+b',
    ],
    ['newRiskPath', routes.newRiskPath(c, b), '/northbridge/boards/schools-board/risks/new'],
    ['riskPath, an odd reference', routes.riskPath(c, b, 'R 1/2'), '/northbridge/boards/schools-board/risks/R%201%2F2'],
    ['editRiskPath', routes.editRiskPath(c, b, 'R-3'), '/northbridge/boards/schools-board/risks/R-3/edit'],
    ['forwardPlanItemPath', routes.forwardPlanItemPath(c, b, p), `/northbridge/boards/schools-board/forward-plan/${p}`],
    ['newSeatPath', routes.newSeatPath(c, b), '/northbridge/boards/schools-board/membership/new'],
    ['seatPath', routes.seatPath(c, b, p), `/northbridge/boards/schools-board/membership/${p}`],
    ['seatStepPath', routes.seatStepPath(c, b, p, 'substitute'), `/northbridge/boards/schools-board/membership/${p}/substitute`],
    ['attendanceRecordPath', routes.attendanceRecordPath(c, b), '/northbridge/boards/schools-board/membership/attendance'],
    [
      'attendanceExportPath',
      routes.attendanceExportPath(c, b, { from: '2026-01-01', to: '2026-12-31' }),
      '/northbridge/boards/schools-board/membership/attendance/export.csv?from=2026-01-01&to=2026-12-31',
    ],
    ['termsVersionPath', routes.termsVersionPath(c, b, '2.0', { done: 'approved' }), '/northbridge/boards/schools-board/terms/2.0?done=approved'],
    ['termsVersionFilePath', routes.termsVersionFilePath(c, b, '2.0', 'pdf'), '/northbridge/boards/schools-board/terms/2.0/pdf'],
    ['termsComparePath', routes.termsComparePath(c, b, { from: '1.0', to: '2.0' }), '/northbridge/boards/schools-board/terms/compare?from=1.0&to=2.0'],
    ['meetingsPath', routes.meetingsPath(c, b, { past: 3 }), '/northbridge/boards/schools-board/meetings?past=3'],
    ['newMeetingPath', routes.newMeetingPath(c, b), '/northbridge/boards/schools-board/meetings/new'],
    ['newMeetingPath, a series', routes.newMeetingPath(c, b, 'series'), '/northbridge/boards/schools-board/meetings/new/series'],
    ['newMeetingPath, a past meeting', routes.newMeetingPath(c, b, 'historical'), '/northbridge/boards/schools-board/meetings/new/historical'],
    ['actionLogImportPath', routes.actionLogImportPath(c, b), '/northbridge/boards/schools-board/actions/import'],
    ['meetingPath', routes.meetingPath(c, b, m), `/northbridge/boards/schools-board/meetings/${m}`],
    ['meetingSectionPath', routes.meetingSectionPath(c, b, m, 'attendance'), `/northbridge/boards/schools-board/meetings/${m}/attendance`],
    [
      'minutesPath',
      routes.minutesPath(c, b, m, { done: 'distributed-late', sent: 12 }),
      `/northbridge/boards/schools-board/meetings/${m}/minutes?done=distributed-late&sent=12`,
    ],
    ['minutesPdfPath', routes.minutesPdfPath(c, b, m, { version: 2 }), `/northbridge/boards/schools-board/meetings/${m}/minutes/pdf?version=2`],
    ['agendaItemPath', routes.agendaItemPath(c, b, m, p), `/northbridge/boards/schools-board/meetings/${m}/agenda/${p}`],
    ['meetingCalendarPath', routes.meetingCalendarPath(c, b, m), `/northbridge/boards/schools-board/meetings/${m}/calendar.ics`],
    ['plansPath', routes.plansPath(c, b), '/northbridge/boards/schools-board/plan'],
    ['newPlanPath', routes.newPlanPath(c, b), '/northbridge/boards/schools-board/plan/new'],
    ['planPath', routes.planPath(c, b, p, { done: 'signed-off' }), `/northbridge/boards/schools-board/plan/${p}?done=signed-off`],
    ['planSectionPath', routes.planSectionPath(c, b, p, 'carry-over', { from: m }), `/northbridge/boards/schools-board/plan/${p}/carry-over?from=${m}`],
    ['planActionPath', routes.planActionPath(c, b, p, m), `/northbridge/boards/schools-board/plan/${p}/actions/${m}`],
    ['newPlanActionPath', routes.newPlanActionPath(c, b, p, { theme: m }), `/northbridge/boards/schools-board/plan/${p}/actions/new?theme=${m}`],
    ['newMeasurePath', routes.newMeasurePath(c, b, p), `/northbridge/boards/schools-board/plan/${p}/measures/new`],
    ['importMeasuresPath', routes.importMeasuresPath(c, b, p), `/northbridge/boards/schools-board/plan/${p}/measures/import`],
    ['measureStepPath', routes.measureStepPath(c, b, p, m, 'add-value'), `/northbridge/boards/schools-board/plan/${p}/measures/${m}/add-value`],
    [
      'planFilePath',
      routes.planFilePath(c, b, p, 'report/docx', { from: '2026-04-01', to: '2026-06-30', audience: 'dfe' }),
      `/northbridge/boards/schools-board/plan/${p}/report/docx?from=2026-04-01&to=2026-06-30&audience=dfe`,
    ],
    ['publicCouncilPath', routes.publicCouncilPath(c), '/public/northbridge'],
    ['publicInterestsPath', routes.publicInterestsPath(c, b), '/public/northbridge/schools-board/interests'],
    ['publicBoardPath', routes.publicBoardPath(c, b), '/public/northbridge/schools-board'],
    ['publicMinutesPath', routes.publicMinutesPath(c, b, m), `/public/northbridge/schools-board/minutes/${m}`],
    ['publicPaperPath', routes.publicPaperPath(c, b, m), `/public/northbridge/schools-board/papers/${m}`],
    ['publicFeedPath', routes.publicFeedPath(c, b), '/public/northbridge/schools-board/feed.atom'],
    [
      'publicConfirmSubscriptionPath',
      routes.publicConfirmSubscriptionPath(c, b, 'abc_DEF-123'),
      '/public/northbridge/schools-board/subscribe/confirm?token=abc_DEF-123',
    ],
    ['publicUnsubscribePath', routes.publicUnsubscribePath(c, b, 'a/b'), '/public/northbridge/schools-board/unsubscribe?token=a%2Fb'],
    ['publicOneClickUnsubscribePath', routes.publicOneClickUnsubscribePath(c, b, 'xyz'), '/public/northbridge/schools-board/unsubscribe/one-click?token=xyz'],
    ['paperUploadPath', routes.paperUploadPath(c, b, m), `/api/councils/northbridge/boards/schools-board/meetings/${m}/papers`],
    ['paperFilePath', routes.paperFilePath(c, b, m, p, m), `/api/councils/northbridge/boards/schools-board/meetings/${m}/papers/${p}/files/${m}`],
    ['meetingPackPath', routes.meetingPackPath(c, b, m), `/api/councils/northbridge/boards/schools-board/meetings/${m}/pack`],
    ['calendarFeedPath', routes.calendarFeedPath('tok_en-1'), '/api/calendar/tok_en-1'],
    ['healthPath', routes.healthPath(), '/api/health'],
    ['healthPath details', routes.healthPath('details'), '/api/health/details'],
  ])('%s', (_name, built, expected) => {
    expect(built).toBe(expected);
  });

  it('encode each value as one segment: a slug cannot add a segment, a query string or a fragment', () => {
    expect(routes.boardPath('a/b', 'c?d=1#e')).toBe('/a%2Fb/boards/c%3Fd%3D1%23e');
    expect(routes.meetingPath(c, b, '../admin')).toBe('/northbridge/boards/schools-board/meetings/..%2Fadmin');
    expect(routes.publicBoardPath('café', b)).toBe('/public/caf%C3%A9/schools-board');
  });

  it('leave out empty query values and keep the order given', () => {
    expect(routes.boardSectionPath(c, b, 'actions', { z: 'last', a: undefined, m: null, k: false, e: '', y: 0 })).toBe(
      '/northbridge/boards/schools-board/actions?z=last&y=0',
    );
  });

  it('add a fragment, and a query to a route that may have one already', () => {
    expect(routes.withHash(routes.planSectionPath(c, b, p, 'measures'), `measure-${m}`)).toBe(
      `/northbridge/boards/schools-board/plan/${p}/measures#measure-${m}`,
    );
    expect(routes.withQuery(routes.boardSectionPath(c, b, 'risks'), { page: 2 })).toBe('/northbridge/boards/schools-board/risks?page=2');
    expect(routes.withQuery(routes.boardSectionPath(c, b, 'risks', { status: 'active', page: 1 }), { page: 2 })).toBe(
      '/northbridge/boards/schools-board/risks?status=active&page=2',
    );
  });

  it('have a builder for every page and route handler under app/, and build nothing else', () => {
    // each app route, as its builder writes it with every dynamic segment named "x"
    const x = 'x';
    const built = new Set<string>([
      routes.homePath(),
      routes.accessibilityPath(),
      routes.myMeetingsPath(),
      routes.platformPath(),
      routes.signInPath(),
      ...(['code', 'email', 'link'] as const).map((s) => routes.signInStepPath(s)),
      ...(['security', 'security/recovery-codes', 'sessions', 'calendar', 'notifications'] as const).map((s) => routes.accountPath(s)),
      routes.acceptInvitationPath(x).split('?')[0]!,
      routes.reminderUnsubscribePath(x).split('?')[0]!,
      routes.reminderOneClickUnsubscribePath(x).split('?')[0]!,
      routes.commissionUploadPagePath(x).split('?')[0]!,
      routes.authorCommissionPath(x, x),
      routes.newCommissionPath(x, x),
      routes.commissionPath(x, x, x),
      routes.commissionFileApiPath(x, x),
      routes.commissionSubmittedFilePath(x, x, x),
      routes.councilPath(x),
      routes.interestsPath(x),
      routes.newBoardPath(x),
      ...(['members', 'contacts', 'audit', 'mail', 'security', 'lists'] as const).map((s) => routes.councilAdminPath(x, s)),
      routes.boardPath(x, x),
      ...(['meetings', 'actions', 'risks', 'forward-plan', 'plan', 'membership', 'terms', 'settings', 'recommendations', 'commissioned-papers'] as const).map(
        (s) => routes.boardSectionPath(x, x, s),
      ),
      routes.agendasToAgreePath(x, x),
      routes.newActionPath(x, x),
      routes.actionLogImportPath(x, x),
      routes.actionPath(x, x, x),
      routes.actionStepPath(x, x, x, 'edit'),
      routes.actionStepPath(x, x, x, 'drop'),
      routes.actionLogExportPath(x, x, 'csv'),
      routes.actionLogExportPath(x, x, 'xlsx'),
      routes.newRiskPath(x, x),
      routes.riskPath(x, x, x),
      routes.editRiskPath(x, x, x),
      routes.forwardPlanItemPath(x, x, x),
      routes.newSeatPath(x, x),
      routes.seatPath(x, x, x),
      ...(['fill', 'substitute', 'end'] as const).map((s) => routes.seatStepPath(x, x, x, s)),
      routes.attendanceRecordPath(x, x),
      routes.attendanceExportPath(x, x),
      routes.attendanceExportPath(x, x, undefined, 'xlsx'),
      routes.termsVersionPath(x, x, x),
      routes.termsVersionFilePath(x, x, x, 'print'),
      routes.termsVersionFilePath(x, x, x, 'pdf'),
      routes.termsComparePath(x, x),
      routes.newMeetingPath(x, x),
      routes.newMeetingPath(x, x, 'series'),
      routes.newMeetingPath(x, x, 'historical'),
      routes.meetingPath(x, x, x),
      ...(['edit', 'attendance', 'papers', 'minutes', 'declarations'] as const).map((s) => routes.meetingSectionPath(x, x, x, s)),
      routes.minutesPdfPath(x, x, x),
      routes.agendaItemPath(x, x, x, x),
      routes.meetingCalendarPath(x, x, x),
      routes.newPlanPath(x, x),
      routes.planPath(x, x, x),
      ...(['findings', 'carry-over', 'measures', 'import', 'export', 'report', 'settings'] as const).map((s) => routes.planSectionPath(x, x, x, s)),
      routes.planActionPath(x, x, x, x),
      routes.newPlanActionPath(x, x, x),
      routes.newMeasurePath(x, x, x),
      routes.importMeasuresPath(x, x, x),
      routes.measureStepPath(x, x, x, x, 'edit'),
      routes.measureStepPath(x, x, x, x, 'add-value'),
      ...(['export/pdf', 'export/xlsx', 'report/pdf', 'report/docx'] as const).map((f) => routes.planFilePath(x, x, x, f)),
      routes.publicCouncilPath(x),
      routes.publicInterestsPath(x, x),
      routes.publicBoardPath(x, x),
      routes.publicMinutesPath(x, x, x),
      routes.publicPaperPath(x, x, x),
      routes.publicFeedPath(x, x),
      routes.publicConfirmSubscriptionPath(x, x),
      routes.publicUnsubscribePath(x, x),
      routes.publicOneClickUnsubscribePath(x, x),
      routes.paperUploadPath(x, x, x),
      routes.paperFilePath(x, x, x, x, x),
      routes.meetingPackPath(x, x, x),
      routes.calendarFeedPath(x),
      routes.healthPath(),
      routes.healthPath('details'),
    ]);
    const app = path.join(root, 'app');
    const pages = fs
      .readdirSync(app, { recursive: true, encoding: 'utf8' })
      .filter((f) => /(^|\/)(page\.tsx|route\.ts)$/.test(f))
      // next-auth's own handler: next-auth builds those addresses itself
      .filter((f) => !f.startsWith('api/auth/'))
      .map((f) => `/${path.dirname(f)}`.replace(/\/\.$/, '').replace(/\[[^\]]+\]/g, 'x') || '/');
    expect(pages.length).toBeGreaterThan(80);
    expect(pages.filter((p) => !built.has(p))).toEqual([]);
    // and the other way round: no builder names a page that is not there
    expect([...built].filter((p) => !pages.includes(p))).toEqual([]);
  });
});

// ---- the scan: no address of the app built by hand outside lib/routes

/** The first segments of the app's own addresses that are not a council's slug. */
const fixedRoots = ['public', 'api', 'account', 'sign-in', 'my-meetings', 'invitations', 'accessibility', 'platform'];
/** Segments that only appear in the app's addresses, after a slug or an id. */
const routeWords = [
  'boards',
  'interests',
  'declarations',
  'meetings',
  'actions',
  'risks',
  'forward-plan',
  'plan',
  'membership',
  'terms',
  'settings',
  'minutes',
  'papers',
  'attendance',
  'agenda',
  'measures',
  'findings',
  'carry-over',
  'import',
  'export',
  'report',
  'admin',
  'edit',
  'new',
  'drop',
  'fill',
  'substitute',
  'end',
  'add-value',
  'print',
  'compare',
  'pdf',
  'docx',
  'xlsx',
  'calendar\\.ics',
  'export\\.csv',
  'export\\.xlsx',
  'files',
  'pack',
  'series',
  'sign-in',
  'account',
];

const patterns: { why: string; re: RegExp }[] = [
  // '/public/…', `/${council}/…`, "/sign-in", '/api/…' (a prefix test, startsWith('/api/'), only reads an address)
  { why: 'an app path written out', re: new RegExp(String.raw`(?<!startsWith\()(['"\x60])/(\$\{|(${fixedRoots.join('|')})\b)`) },
  // `${base}/actions`, `${here}/minutes?version=…`, `${planPath(ctx, id)}/measures`
  { why: 'a path joined onto another', re: new RegExp(String.raw`\}/(${routeWords.join('|')})\b`) },
  // `${base}?theme=…`, `?version=${id}#…`
  { why: 'a query string written out', re: /(\}|['"`])\?[A-Za-z][\w-]*=/ },
  // `${appUrl()}/invitations/…`, `${base}/${label}`: a mail link joins the app's address with a builder's route
  { why: 'an address joined onto a base', re: /\$\{(appUrl\(\)|base|baseUrl)\}\/[a-z$]/ },
  // href="/", redirect('/'), router.push('/x'), callbackUrl: '/', revalidatePath('/x'), Location: `/…`
  {
    why: 'a link to a literal path',
    re: /(href=\{?|href:\s*|action=\{?|redirect\(|\.push\(|\.replace\(|revalidatePath\(|requireActor\(|callbackUrl:\s*|Location:\s*)(['"`])[/?]/,
  },
];

/** Comments may quote an address (`/plan/[plan]`): only code counts. */
function code(line: string): string {
  const trimmed = line.trimStart();
  if (trimmed.startsWith('//') || trimmed.startsWith('*') || trimmed.startsWith('/*')) return '';
  return line.replace(/\s\/\/\s.*$/, '');
}

/** Every line of these sources that builds an address of the app by hand, as "file:line: why: text". */
function handBuiltUrls(files: { file: string; text: string }[]): string[] {
  const found: string[] = [];
  for (const { file, text } of files) {
    text.split('\n').forEach((line, i) => {
      const hit = patterns.find((p) => p.re.test(code(line)));
      if (hit) found.push(`${file}:${i + 1}: ${hit.why}: ${line.trim()}`);
    });
  }
  return found;
}

function sources(): { file: string; text: string }[] {
  return ['app', 'components', 'lib']
    .flatMap((dir) => fs.readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' }).map((f) => `${dir}/${f}`))
    .filter((f) => /\.(ts|tsx)$/.test(f))
    .filter((f) => !f.startsWith('lib/routes/') && !f.startsWith('lib/db/generated/'))
    .map((file) => ({ file, text: fs.readFileSync(path.join(root, file), 'utf8') }));
}

describe('addresses of the app', () => {
  it('all come from lib/routes: none is built by hand in app/, components/ or lib/', () => {
    const files = sources();
    expect(files.length).toBeGreaterThan(300);
    expect(handBuiltUrls(files)).toEqual([]);
  });

  it('the scan finds each kind of hand-built address, and names the file and line', () => {
    const bad = [
      'const a = 1;',
      '<Link href={`/${ctx.council.slug}/boards/${b.slug}`}>x</Link>',
      "redirect('/sign-in?signedOut=everywhere');",
      'const pub = `/public/${c}/${b}`;',
      'const csv = `${base}/attendance/export.csv`;',
      '<Link href={`${base}?theme=${t.id}`}>x</Link>',
      '<a href={`?version=${p.id}#version-${p.id}`}>x</a>',
      'const link = `${appUrl()}/invitations/accept?token=${t}`;',
      '<Link href="/">Home</Link>',
      "revalidatePath('/account/security');",
      "headers: { Location: '/sign-in' }",
    ].join('\n');
    const found = handBuiltUrls([{ file: 'app/probe.tsx', text: bad }]);
    expect(found.map((f) => f.split(': ')[0])).toEqual([
      'app/probe.tsx:2',
      'app/probe.tsx:3',
      'app/probe.tsx:4',
      'app/probe.tsx:5',
      'app/probe.tsx:6',
      'app/probe.tsx:7',
      'app/probe.tsx:8',
      'app/probe.tsx:9',
      'app/probe.tsx:10',
      'app/probe.tsx:11',
    ]);
    expect(found[0]).toContain('an app path written out');
  });

  it('the scan lets through what is not an address of the app', () => {
    const fine = [
      '<Link href={boardSectionPath(...at, "risks", { review: "due" })}>x</Link>',
      "if (path.startsWith('/api/')) return;",
      '<a href="#main-content">Skip</a>',
      '<a href={`#measure-${m.id}`}>x</a>',
      "const site = 'https://www.gov.uk/guidance';",
      'const text = `${appUrl()}${minutesPath(c, b, m)}`;',
      ' * The plan named in a `/plan/[plan]` URL',
      "const date = d.split('-').reverse().join('/');",
      'const msg = `Plan status changed to ${s}`;',
    ].join('\n');
    expect(handBuiltUrls([{ file: 'lib/probe.ts', text: fine }])).toEqual([]);
  });
});
