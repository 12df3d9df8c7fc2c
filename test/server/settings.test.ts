/**
 * The publisher's settings after the first import: its web address, licence, the links every
 * operator's card offers and the default period, shown and changed by `settings`; what `/v1/meta`,
 * the cache and the export make of a change; what is refused, each leaving the database as it was.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { createApp } from '../../server/app.ts';
import { exportSite } from '../../server/export/run.ts';
import { importSpreadsheet } from '../../server/import/run.ts';
import { publishPeriods } from '../../server/review/publish.ts';
import { openStore } from '../../server/store/open.ts';
import { readSettings } from '../../server/store/settings.ts';
import { changeSettings, SettingsRefused } from '../../server/store/settings-change.ts';
import { monthsOnly } from './months.ts';

const root = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'tsgs-settings-'));
after(() => rmSync(work, { recursive: true, force: true }));
const fixture = readFileSync(join(root, 'test/server/fixtures/review/planted.csv'));
const REPORT = 'https://12315.example.gov.cn/correction?uscc={uscc}';
const OPERATOR = '91310101MA1R00002F';

let dbs = 0;
/** A publisher's database, its periods published, as a file the command can be given. */
async function published() {
  const path = join(work, `settings-${++dbs}.sqlite`);
  const { db, store } = openStore({ path, sample: false });
  await importSpreadsheet(db, fixture, 'planted.csv', { publisher: '示例区市场监督管理局', now: new Date('2026-10-20T02:00:00Z') });
  await publishPeriods(store, ['2026Q2', '2026Q3'], { now: new Date('2026-10-20T03:00:00Z') });
  return { path, db, store };
}

const settings = (args: string[]) => spawnSync('npx', ['tsx', 'server/store/settings-cli.ts', ...args], { cwd: root, encoding: 'utf8' });
/** The settings and their history as the database holds them. */
const stored = (db: { prepare: (sql: string) => { all: () => unknown[] } }) => [
  db.prepare('SELECT key, value FROM settings ORDER BY key').all(),
  db.prepare('SELECT * FROM settings_events ORDER BY id').all(),
];

describe('the publisher’s settings', () => {
  it('are shown by npm run settings, each with its option and what an unset link leaves out', async () => {
    const { path } = await published();
    const cli = settings(['--db', path]);
    assert.equal(cli.status, 0, cli.stderr);
    assert.match(cli.stdout, /^ {2}发布单位：示例区市场监督管理局 {2}--publisher$/m);
    assert.match(cli.stdout, /^ {2}报告错误链接：未设（经营者卡片上的“信息有误？报告错误”：未设则不显示） {2}--report-error-url$/m);
    assert.match(cli.stdout, /^ {2}默认公示期：最新季度（不指定公示期时 API 与页面显示的；现为 2026Q3） {2}--default-period$/m);
    assert.match(cli.stdout, /^ {2}最后更新：2026年10月20日 11:00$/m, 'in Beijing time');
  });

  it('change in one step: /v1/meta and the operator’s card carry them, and the update time and ETag move', async () => {
    const { path, store } = await published();
    const app = createApp(store, { log: () => {} });
    const first = await app.request('/v1/meta');
    const etag = first.headers.get('ETag') as string;
    const before = (await first.json()) as { links: { reportError: string | null }; updatedAt: string; defaultPeriod: string };
    assert.equal(before.links.reportError, null, 'an import sets no links');
    assert.equal(before.defaultPeriod, 'quarter');

    const cli = settings([
      '--db',
      path,
      '--report-error-url',
      REPORT,
      '--publisher-url',
      'https://scjgj.example.gov.cn/',
      '--licence',
      '政府信息公开',
    ]);
    assert.equal(cli.status, 0, cli.stderr);
    assert.match(cli.stdout, /^ {2}报告错误链接：未设 → https:\/\/12315\.example\.gov\.cn\/correction\?uscc=\{uscc\}$/m);
    assert.match(cli.stdout, /^ {2}数据许可：依法公示的政府信息 → 政府信息公开$/m);
    assert.match(cli.stdout, /静态导出的文件要重新导出（npm run export -- --out DIR --db \S+settings-\d+\.sqlite）才会改变/);

    const again = await app.request('/v1/meta', { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 200, 'the answer before the change is not current');
    const now = (await again.json()) as typeof before & { publisher: { url: string }; licence: { name: string } };
    assert.equal(now.links.reportError, REPORT);
    assert.equal(now.publisher.url, 'https://scjgj.example.gov.cn/');
    assert.equal(now.licence.name, '政府信息公开');
    assert.ok(now.updatedAt > before.updatedAt, `${now.updatedAt} after ${before.updatedAt}`);
  });

  it('give a monthly publisher the latest month by default, which /v1/meta names, until an import says quarter', async () => {
    const { db, store, work: folder } = await monthsOnly(['2026-07', '2026-08', '2026-09', '2026-10']);
    await publishPeriods(store, ['2026-07', '2026-08', '2026-09', '2026-10', '2026Q3']);
    const app = createApp(store, { log: () => {} });
    const meta = async () => (await (await app.request('/v1/meta')).json()) as { period: string; defaultPeriod: string };
    assert.deepEqual(await meta().then(({ period, defaultPeriod }) => ({ period, defaultPeriod })), {
      period: '2026Q3',
      defaultPeriod: 'quarter',
    });
    const cli = settings(['--db', join(folder, 'months.sqlite'), '--default-period', 'MONTH']);
    assert.equal(cli.status, 0, cli.stderr);
    assert.match(cli.stdout, /^ {2}默认公示期：最新季度 → 最新月份\n {2}不指定公示期时 API 与页面显示的公示期：现为 2026-10$/m);
    assert.deepEqual(await meta().then(({ period, defaultPeriod }) => ({ period, defaultPeriod })), {
      period: '2026-10',
      defaultPeriod: 'month',
    });
    // An import without the option keeps the choice.
    const csv = 'uscc,name,industry,period,accepted,concluded,mediated,selfSettled\n91310101MA1TE7T00E,甲,5212,2026-10,9,3,2,0\n';
    await importSpreadsheet(db, Buffer.from(csv), 'again.csv', {});
    await publishPeriods(store, ['2026-10']);
    assert.equal((await meta()).defaultPeriod, 'month');
    // One that says quarter goes back.
    await importSpreadsheet(db, Buffer.from(csv), 'again.csv', { defaultPeriod: 'quarter' });
    assert.deepEqual(await meta().then(({ period, defaultPeriod }) => ({ period, defaultPeriod })), {
      period: '2026Q3',
      defaultPeriod: 'quarter',
    });
  });

  it('write an address’s scheme as the elements read it, and say a chosen month waits for one to be public', async () => {
    const { path, db } = await published();
    const cli = settings(['--db', path, '--publisher-url', 'HTTPS://SCJGJ.example.gov.cn/', '--default-period', 'month']);
    assert.equal(cli.status, 0, cli.stderr);
    assert.match(cli.stdout, /^ {2}发布单位网址：未设 → https:\/\/SCJGJ\.example\.gov\.cn\/$/m);
    assert.match(cli.stdout, /显示的公示期：现为 2026Q3：还没有公开的月份，公开一个后即显示最新月份$/m);
    assert.equal(
      JSON.parse((db.prepare("SELECT value FROM settings WHERE key = 'publisher'").get() as { value: string }).value).url,
      'https://SCJGJ.example.gov.cn/',
    );
  });

  it('are kept by an import naming the publisher as before, spaces aside; another name is warned, with the address it clears', async () => {
    const { db, store } = await published();
    await changeSettings(store, { publisher: { url: 'https://scjgj.example.gov.cn/' } });
    const again = await importSpreadsheet(db, fixture, 'planted.csv', { publisher: ' 示例区市场监督管理局 ' });
    assert.deepEqual(
      again.warnings.filter((w) => w.code === 'publisher-renamed'),
      [],
    );
    assert.equal((await readSettings(store)).publisher.url, 'https://scjgj.example.gov.cn/');
    const other = await importSpreadsheet(db, fixture, 'planted.csv', { publisher: '示例区市场监管局' });
    assert.deepEqual(
      other.warnings.filter((w) => w.code === 'publisher-renamed').map((w) => w.message),
      [
        '--publisher 与库中的发布单位不同：「示例区市场监督管理局」→「示例区市场监管局」，每个回答与页面都改署新名称，原网址 https://scjgj.example.gov.cn/ 不再显示。同一单位的，导入时不必再给 --publisher（或照原名写）；确已改名的，网址用 npm run settings -- --publisher-url 重设。',
      ],
    );
    assert.deepEqual((await readSettings(store)).publisher, { name: '示例区市场监管局', url: null });
    const dry = await importSpreadsheet(db, fixture, 'planted.csv', { publisher: '另一个局', dryRun: true });
    assert.match(
      dry.warnings.find((w) => w.code === 'publisher-renamed')?.message ?? '',
      /「示例区市场监管局」→「另一个局」.*（试运行，未改。）$/,
    );
    assert.equal((await readSettings(store)).publisher.name, '示例区市场监管局');
  });

  it('keep the web address under another name given to settings, and say so', async () => {
    const { path, store } = await published();
    await changeSettings(store, { publisher: { url: 'https://scjgj.example.gov.cn/' } });
    const cli = settings(['--db', path, '--publisher', '示例区市场监管局']);
    assert.equal(cli.status, 0, cli.stderr);
    assert.match(
      cli.stdout,
      /^ {2}发布单位：示例区市场监督管理局 → 示例区市场监管局\n {2}发布单位网址仍为 https:\/\/scjgj\.example\.gov\.cn\/（不对的话用 --publisher-url 改，或 none 清除）$/m,
    );
  });

  it('are checked however they are changed: an empty address or name is refused, an address stored as the elements read it', async () => {
    const { store } = await published();
    const held = await readSettings(store);
    for (const change of [
      { links: { disclosure: '' } },
      { publisher: { name: ' ' } },
      { licence: { name: 'none' } },
      { links: { record: 'https://x.gov.cn/' } },
    ])
      await assert.rejects(changeSettings(store, change), RangeError, JSON.stringify(change));
    assert.deepEqual(await readSettings(store), held);
    await changeSettings(store, { publisher: { url: ' HTTPS://scjgj.example.gov.cn/ ', name: undefined } });
    assert.deepEqual((await readSettings(store)).publisher, { name: held.publisher.name, url: 'https://scjgj.example.gov.cn/' });
  });

  it('clear an address given as none; the same values again change nothing, not even the update time', async () => {
    const { path, db, store } = await published();
    await changeSettings(store, { links: { record: 'https://gsxt.example.gov.cn/{uscc}' } }, { now: new Date('2026-11-01T00:00:00Z') });
    const held = stored(db);
    const same = settings(['--db', path, '--record-url', ' https://gsxt.example.gov.cn/{uscc} ', '--default-period', 'quarter']);
    assert.equal(same.status, 0, same.stderr);
    assert.match(same.stdout, /^与原设置相同，未作更改/);
    assert.deepEqual(stored(db), held);
    const cleared = settings(['--db', path, '--record-url', 'none']);
    assert.match(cleared.stdout, /^ {2}登记信息链接：https:\/\/gsxt\.example\.gov\.cn\/\{uscc\} → 未设$/m);
    assert.equal(
      (db.prepare("SELECT value FROM settings WHERE key = 'links'").get() as { value: string }).value,
      JSON.stringify({ record: null, reportError: null, disclosure: null }),
    );
  });

  it('reach the export: its meta and each operator’s page link where errors are reported', async () => {
    const { store } = await published();
    await changeSettings(store, { links: { reportError: REPORT } });
    const out = join(work, 'export');
    await exportSite(store, { out });
    assert.equal(
      (JSON.parse(readFileSync(join(out, 'v1/meta.json'), 'utf8')) as { links: { reportError: string } }).links.reportError,
      REPORT,
    );
    const page = readdirSync(out, { recursive: true }).find((file) => String(file).endsWith(`${OPERATOR}.html`));
    assert.ok(page, 'the operator has a page');
    assert.match(
      readFileSync(join(out, String(page)), 'utf8'),
      /<a href="https:\/\/12315\.example\.gov\.cn\/correction\?uscc=91310101MA1R00002F">信息有误？报告错误<\/a>/,
    );
  });

  it('wait, as publishing and importing do, for another process writing the file, and say so (SQLite gave up after 5 s)', async (t) => {
    const { path } = await published();
    // Another writer holds the file's write lock until told to let go.
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const db = new (require('better-sqlite3'))(${JSON.stringify(path)}); db.exec('BEGIN IMMEDIATE'); console.log('held'); process.stdin.once('data', () => { db.exec('ROLLBACK'); process.exit(0); });`,
      ],
      { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] },
    );
    await once(holder.stdout, 'data');
    // Whatever the test finds, the lock goes with it.
    t.after(() => holder.kill());
    const WAITING = /^另一个进程（导入、发布、撤回或改设置）正在写入这个数据库：等它写完再继续（按 Ctrl-C 放弃，本次不写入任何内容）……$/m;
    const run = (script: string, args: string[]) => {
      const child = spawn('npx', ['tsx', script, ...args, '--db', path], { cwd: root });
      const result = { out: '', waiting: undefined as unknown as Promise<void>, code: undefined as unknown as Promise<number> };
      result.waiting = new Promise<void>((resolve) => {
        const read = (chunk: Buffer) => {
          result.out += chunk;
          if (WAITING.test(result.out)) resolve();
        };
        child.stdout.on('data', read);
        child.stderr.on('data', read);
        // A command that ends without waiting fails below, rather than keeping the test waiting.
        child.on('close', () => resolve());
      });
      result.code = once(child, 'close').then(([code]) => code as number);
      return result;
    };
    const commands = [
      run('server/store/settings-cli.ts', ['--disclosure-url', 'https://scjgj.example.gov.cn/gs']),
      run('server/review/withdraw-cli.ts', ['--period', '2026Q2', '--reason', '数字有误']),
      run('server/import/cli.ts', [join(root, 'test/server/fixtures/review/planted.csv')]),
    ];
    await Promise.all(commands.map((command) => command.waiting));
    for (const command of commands) assert.match(command.out, WAITING);
    // Each says it waits; each still waits past the 5 s after which SQLite used to give up.
    await new Promise((resolve) => setTimeout(resolve, 5_500));
    holder.stdin.write('go\n');
    for (const command of commands) assert.equal(await command.code, 0, command.out);
    assert.match(commands[0]?.out ?? '', /公示网页：未设 → https:\/\/scjgj\.example\.gov\.cn\/gs/);
    assert.match(commands[1]?.out ?? '', /已撤回 2026Q2/);
  });

  it('give up waiting for another writer after TSGS_WRITE_WAIT seconds, say so and write nothing (a stack trace after 30 minutes before)', async (t) => {
    const { path, db } = await published();
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const db = new (require('better-sqlite3'))(${JSON.stringify(path)}); db.exec('BEGIN IMMEDIATE'); console.log('held'); process.stdin.once('data', () => process.exit(0));`,
      ],
      { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] },
    );
    await once(holder.stdout, 'data');
    t.after(() => holder.kill());
    const before = db
      .prepare('SELECT (SELECT count(*) FROM settings_events) AS events, (SELECT status FROM periods WHERE id = ?) AS status')
      .get('2026Q2');
    const run = (script: string, args: string[], wait = '1') =>
      spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), script, ...args, '--db', path], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, TSGS_WRITE_WAIT: wait },
      });
    const GAVE_UP =
      '另一个进程写入这个数据库，等了 1 秒仍未写完，不再等待：没有写入任何内容。等它写完后再运行这条命令（要等得更久，设 TSGS_WRITE_WAIT=秒数）。';
    const commands: [string, string, string[]][] = [
      ['tsgs settings', 'server/store/settings-cli.ts', ['--disclosure-url', 'https://scjgj.example.gov.cn/gs']],
      ['tsgs withdraw', 'server/review/withdraw-cli.ts', ['--period', '2026Q2', '--reason', '数字有误']],
      ['tsgs publish', 'server/review/publish-cli.ts', ['--period', '2026Q1']],
      ['tsgs import', 'server/import/cli.ts', [join(root, 'test/server/fixtures/review/planted.csv')]],
    ];
    for (const [name, script, args] of commands) {
      const result = run(script, args);
      assert.equal(result.status, 1, `${name}: ${result.stderr}`);
      assert.match(result.stdout, /^另一个进程（导入、发布、撤回或改设置）正在写入这个数据库/m, name);
      assert.match(result.stderr, new RegExp(`^${name}: ${GAVE_UP.replace(/[()（）=.]/g, '\\$&')}\n$`), name);
    }
    const unread = run('server/store/settings-cli.ts', ['--disclosure-url', 'https://scjgj.example.gov.cn/gs'], '30m');
    assert.equal(unread.status, 1);
    assert.equal(
      unread.stderr,
      'tsgs settings: TSGS_WRITE_WAIT=30m：应为等待另一个写入者的秒数，如 1800（30 分钟，不设时即此）；没有写入任何内容。\n',
    );
    holder.stdin.write('go\n');
    await once(holder, 'close');
    assert.deepEqual(
      db
        .prepare('SELECT (SELECT count(*) FROM settings_events) AS events, (SELECT status FROM periods WHERE id = ?) AS status')
        .get('2026Q2'),
      before,
    );
  });

  it('keep a history: when, by whom, from what to what, by the command or an import; nothing for a dry run, a refusal or no change', async () => {
    const { path, db, store } = await published();
    const signed = settings(['--db', path, '--report-error-url', REPORT, '--by', ' 王小明 ']);
    assert.equal(signed.status, 0, signed.stderr);
    await changeSettings(store, { defaultPeriod: 'month' }, { now: new Date('2026-11-02T01:00:00Z') });
    await changeSettings(store, { defaultPeriod: 'month' }, { by: '李华' });
    assert.equal(settings(['--db', path, '--record-url', 'http://x.gov.cn/{uscc}', '--by', '李华']).status, 2);
    await importSpreadsheet(db, fixture, 'planted.csv', { publisher: '示例区市场监督管理局', now: new Date('2026-11-03T01:00:00Z') });
    await importSpreadsheet(db, fixture, 'planted.csv', { publisher: '另一个局', dryRun: true });
    await importSpreadsheet(db, fixture, 'planted-2.csv', { publisher: '示例区市场监管局', now: new Date('2026-11-04T01:00:00Z') });

    const history = settings(['--db', path, '--history']);
    assert.equal(history.status, 0, history.stderr);
    const moment = String.raw`\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}`;
    assert.match(
      history.stdout,
      new RegExp(
        [
          `^设置的改动（\\S+settings-\\d+\\.sqlite），共 4 次，先后如下：`,
          '  2026年10月20日 10:00  首次导入（planted\\.csv）',
          '    发布单位：示例区市场监督管理局',
          '    数据许可：依法公示的政府信息',
          '    默认公示期：最新季度',
          `  ${moment}  settings 命令，王小明`,
          '    报告错误链接：未设 → https://12315\\.example\\.gov\\.cn/correction\\?uscc=\\{uscc\\}',
          '  2026年11月2日 09:00  settings 命令，未署名（--by）',
          '    默认公示期：最新季度 → 最新月份',
          '  2026年11月4日 09:00  导入（planted-2\\.csv）',
          '    发布单位：示例区市场监督管理局 → 示例区市场监管局',
          '$',
        ].join('\n'),
      ),
    );
    assert.match(settings(['--db', path]).stdout, /^ {2}改动记录：4 次（--history 查看）$/m);
  });

  it('say a database made before the history keeps none, and take --by and --history only where they mean something', async () => {
    const { path, db } = await published();
    // As the version before the history left it: migrated again when the command opens it.
    db.exec('DROP TABLE settings_events');
    db.pragma('user_version = 6');
    const history = settings(['--db', path, '--history']);
    assert.equal(history.status, 0, history.stderr);
    // Whatever command brings a database up to date says so: an older server refuses it from then on.
    assert.match(
      history.stderr,
      /^tsgs: \S+settings-\d+\.sqlite: schema brought from version 6 to \d+ \(settings history(; [^)]+)?\); a server of an earlier version refuses it from now on\n$/,
    );
    assert.equal(settings(['--db', path, '--history']).stderr, '', 'said once');
    assert.match(history.stdout, /^设置的改动（\S+）：没有记录。这个数据库的设置是在保存改动记录的版本之前设的。\n$/);
    for (const [args, message] of [
      [['--by', '李华'], /--by names who makes a change: give a setting to change/],
      [['--history', '--record-url', 'none'], /--history shows the changes; it changes nothing: give it alone/],
    ] as const) {
      const cli = settings(['--db', path, ...args]);
      assert.equal(cli.status, 2, args.join(' '));
      assert.match(cli.stderr, message);
    }
  });

  it('refuse the sample and a database nothing was imported into, exit 1, leaving each as it was', async () => {
    const sample = join(work, 'sample.sqlite');
    const { db: sampleDb, store: sampleStore } = openStore({ path: sample, sample: { until: '2024Q2' } });
    const held = stored(sampleDb);
    await assert.rejects(changeSettings(sampleStore, { defaultPeriod: 'month' }), SettingsRefused);
    const cli = settings(['--db', sample, '--report-error-url', REPORT]);
    assert.equal(cli.status, 1);
    assert.match(
      cli.stderr,
      /^tsgs settings: 这是虚构的示例数据库，它的设置不能改：请用 --db 指定导入了真实数据的数据库。未作任何更改。$/m,
    );
    assert.deepEqual(stored(sampleDb), held);

    const empty = join(work, 'empty.sqlite');
    openStore({ path: empty, sample: false });
    const none = settings(['--db', empty, '--default-period', 'month']);
    assert.equal(none.status, 1);
    assert.match(none.stderr, /empty\.sqlite 还没有导入任何数据：先导入（npm run import -- FILE --publisher NAME --db …），再改设置。/);
    assert.equal(settings(['--db', empty]).status, 1, 'nor shown');
  });

  it('refuse an address that is not https, a template without {uscc}, an empty name, another period: exit 2, naming the option', async () => {
    const { path, db } = await published();
    const held = stored(db);
    for (const [args, message] of [
      [['--record-url', 'http://gsxt.example.gov.cn/{uscc}'], /--record-url must be an https:\/\/ address, not "http:/],
      [
        ['--report-error-url', 'https://12315.example.gov.cn/correction'],
        /--report-error-url must hold \{uscc\} where the operator’s code goes/,
      ],
      [['--disclosure-url', 'https://example gov.cn/'], /--disclosure-url must not hold a space/],
      [['--publisher-url', 'https://[bad/'], /--publisher-url is not a web address/],
      [['--publisher', ' '], /--publisher needs a name/],
      [['--publisher', 'none'], /--publisher needs a name \(none clears a web address only\)/],
      [['--licence', 'None'], /--licence needs a name/],
      [['--publisher-url', ''], /--publisher-url needs an address, or none to clear it/],
      [['--report-error-url', 'https://admin:secret@12315.example.gov.cn/c?uscc={uscc}'], /must not hold a user name or password/],
      [['--record-url', 'https://gsxt.example.gov.cn/?uscc={USCC}'], /--record-url must write \{uscc\} in lower case/],
      [
        ['--disclosure-url', 'https://example.gov.cn/tsgs?uscc={uscc}'],
        /holds \{uscc\}, which only --record-url and --report-error-url fill in/,
      ],
      [['--default-period', 'week'], /--default-period must be quarter or month, not "week"/],
      [['--license-url', 'https://example.gov.cn/licence'], /unknown option --license-url: did you mean --licence-url\?/],
      [['--report-url', REPORT], /unknown option --report-url: did you mean --report-error-url\?/],
      [['--h'], /unknown option --h\n/],
      [['--disclosure-url', 'https://scjgj.example.gov.cn/gs，'], /--disclosure-url holds full-width punctuation/],
    ] as const) {
      const cli = settings(['--db', path, ...args]);
      assert.equal(cli.status, 2, args.join(' '));
      assert.match(cli.stderr, message);
      assert.match(cli.stderr, /npm run settings -- \[options\]/, 'with the synopsis');
    }
    assert.deepEqual(stored(db), held);
  });
});
