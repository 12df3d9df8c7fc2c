/**
 * `npm run settings -- [--db DB] [--publisher-url URL] [--record-url URL] … [--default-period quarter|month]`
 * (also `tsgs-server settings …`): the publisher's settings, which `/v1/meta` carries,
 * shown, or changed in one step. Exit status: 0 shown or changed, 1 nothing changed (the sample, a
 * database with nothing imported, one that cannot be read), 2 wrong usage.
 */
import { formatMoment } from '../../src/core/format.ts';
import { parsePeriod } from '../../src/core/period.ts';
import { commandLine, dbOption, PASSWORD_LEFT_OUT, WAITING_FOR_WRITER } from '../commands.ts';
import { existingStore, fail, readOptions, usage } from '../export/args.ts';
import { ApiProblem } from '../http/problem.ts';
import { resolvePeriod } from '../queries/shared.ts';
import { DEFAULT_PERIOD_NAMES, defaultPeriodOf, isDefaultPeriod, NothingImported, readSettings, type Settings } from './settings.ts';
import { changeSettings, nameProblem, readUrl, type SettingsChange, SettingsRefused } from './settings-change.ts';
import { type Recorded, readSettingsHistory } from './settings-history.ts';
import type { Store } from './store.ts';
import { WriterWaitError } from './writer-wait.ts';

const USAGE = `tsgs settings: the publisher's settings, which /v1/meta carries: shown, or changed

  ${commandLine('settings')} [options]

  With nothing to change, shows them. A web address given as none is cleared.

  --publisher NAME         the publisher's name (发布单位), as an import's --publisher sets it
  --publisher-url URL      the publisher's website (https)
  --licence NAME           the licence the data is published under (default: 依法公示的政府信息)
  --licence-url URL        the licence's text (https)
  --record-url URL         an operator's official registration record (https), {uscc} where its code
                           goes: the card's 查看官方登记信息 link
  --report-error-url URL   where the public reports an error and an operator asks for a correction
                           (企业更正), https with {uscc}: the card's 信息有误？报告错误 link
  --disclosure-url URL     the publisher's own disclosure page (https): the kiosk's QR code
  --default-period LEN     the period shown when none is asked for: quarter (the latest quarter) or
                           month (the latest month, for a publisher that publishes monthly)
  --by NAME                who makes the change, kept in the settings' history
  --history                every change recorded: when, by an import or by whom, from what to what
  --db DB                  SQLite file or postgres:// URL (default: TSGS_DB, else ~/.local/share/tsgs/tsgs.sqlite)
  -h, --help               this text

Example: ${commandLine('settings')} --report-error-url 'https://12315.example.gov.cn/correction?uscc={uscc}'`;

const command = { name: 'tsgs settings', usage: USAGE };
const values = readOptions(command, {
  publisher: { type: 'string' },
  'publisher-url': { type: 'string' },
  licence: { type: 'string' },
  'licence-url': { type: 'string' },
  'record-url': { type: 'string' },
  'report-error-url': { type: 'string' },
  'disclosure-url': { type: 'string' },
  'default-period': { type: 'string' },
  by: { type: 'string' },
  history: { type: 'boolean' },
});

/** A web address option: the address, null for none, undefined when not given; or the usage and exit 2. */
function address(option: keyof typeof values, template: boolean): string | null | undefined {
  const value = values[option];
  if (typeof value !== 'string') return undefined;
  if (value.trim() === '') usage(command, `--${option} needs an address, or none to clear it`);
  if (value.trim().toLowerCase() === 'none') return null;
  const read = readUrl(value, template);
  return 'problem' in read ? usage(command, `--${option} ${read.problem}, not "${value}"`) : read.url;
}

/** A name option: the name, undefined when not given; or the usage and exit 2 for an empty one. */
function name(option: 'publisher' | 'licence'): string | undefined {
  const value = values[option];
  const problem = value === undefined ? null : nameProblem(value);
  if (problem) usage(command, `--${option} ${problem} (none clears a web address only)`);
  return value?.trim();
}

const defaultPeriod = values['default-period']?.toLowerCase();
if (defaultPeriod !== undefined && !isDefaultPeriod(defaultPeriod))
  usage(command, `--default-period must be quarter or month, not "${values['default-period']}".`);
// changeSettings leaves out what was not given.
const change: SettingsChange = {
  publisher: { name: name('publisher'), url: address('publisher-url', false) },
  licence: { name: name('licence'), url: address('licence-url', false) },
  links: {
    record: address('record-url', true),
    reportError: address('report-error-url', true),
    disclosure: address('disclosure-url', false),
  },
  ...(defaultPeriod ? { defaultPeriod: defaultPeriod as Settings['defaultPeriod'] } : {}),
};
/** Whether any setting was given to change (else they, or their history, are shown). */
const asked = Object.entries(values).some(([option, value]) => !['db', 'by', 'history'].includes(option) && value !== undefined);
if (values.history && (asked || values.by !== undefined)) usage(command, '--history shows the changes; it changes nothing: give it alone');
if (values.by !== undefined && !asked) usage(command, '--by names who makes a change: give a setting to change');

/** Each setting as a line: its name, what it does where it is not plain (and without it), and its option. */
const LINES: {
  label: string;
  option: string;
  value: (s: Recorded | Settings) => string | null | undefined;
  what?: string;
  unset?: string;
}[] = [
  { label: '发布单位', option: '--publisher', value: (s) => s.publisher.name },
  { label: '发布单位网址', option: '--publisher-url', value: (s) => s.publisher.url },
  { label: '数据许可', option: '--licence', value: (s) => s.licence.name },
  { label: '许可全文', option: '--licence-url', value: (s) => s.licence.url },
  {
    label: '登记信息链接',
    option: '--record-url',
    value: (s) => s.links.record,
    what: '经营者卡片上的“查看官方登记信息”',
    unset: '不显示',
  },
  {
    label: '报告错误链接',
    option: '--report-error-url',
    value: (s) => s.links.reportError,
    what: '经营者卡片上的“信息有误？报告错误”',
    unset: '不显示',
  },
  {
    label: '公示网页',
    option: '--disclosure-url',
    value: (s) => s.links.disclosure,
    what: '自助查询屏的二维码',
    unset: '改用发布单位网址',
  },
  {
    label: '默认公示期',
    option: '--default-period',
    value: (s) => DEFAULT_PERIOD_NAMES[defaultPeriodOf(s)],
    what: '不指定公示期时 API 与页面显示的',
  },
];

/** The period shown now when none is asked for, or null when none is public. */
async function shownNow(store: Store): Promise<string | null> {
  try {
    return (await resolvePeriod(store, undefined)).id;
  } catch (error) {
    if (error instanceof ApiProblem) return null;
    throw error;
  }
}
/** The period shown now, said with why it is not of the chosen length (none of that length is public yet). */
const nowNote = (period: string | null, settings: Settings) => {
  if (!period) return '尚无公开的公示期';
  const chosen = defaultPeriodOf(settings);
  const month = parsePeriod(period)?.granularity === 'month';
  if (chosen === 'month' && !month) return `现为 ${period}：还没有公开的月份，公开一个后即显示最新月份`;
  if (chosen === 'quarter' && month) return `现为 ${period}：还没有公开的季度，公开一个后即显示最新季度`;
  return `现为 ${period}`;
};

/** What changed from `before` to `after`, a line each; every setting given a value, for the first import. */
const changes = (before: Recorded | Settings | null, after: Recorded | Settings) =>
  before === null
    ? LINES.filter((line) => line.value(after)).map((line) => `${line.label}：${line.value(after)}`)
    : LINES.filter((line) => line.value(before) !== line.value(after)).map(
        (line) => `${line.label}：${line.value(before) ?? '未设'} → ${line.value(after) ?? '未设'}`,
      );

/** Why a database has no history of its settings. */
const whyNoHistory = (settings: Settings) =>
  settings.sample ? '这是虚构的示例数据库，它的设置不能改' : '这个数据库的设置是在保存改动记录的版本之前设的';

/** The settings' history, oldest first, each change's lines under when and how it was made. */
async function showHistory(store: Store) {
  const settings = await readSettings(store);
  const history = await readSettingsHistory(store);
  if (history.length === 0) {
    console.info(`设置的改动（${path}）：没有记录。${whyNoHistory(settings)}。`);
    return;
  }
  console.info(`设置的改动（${path}），共 ${history.length} 次，先后如下：`);
  for (const { at, source, actor, file, before, after } of history) {
    const how = source === 'import' ? `${before ? '导入' : '首次导入'}（${file}）` : `settings 命令，${actor ?? '未署名（--by）'}`;
    console.info(`  ${formatMoment('zh-CN', at)}  ${how}`);
    for (const line of changes(before, after)) console.info(`    ${line}`);
  }
}

const { store, path } = await existingStore(command, values.db);
try {
  if (values.history) await showHistory(store);
  else if (!asked) {
    const settings = await readSettings(store);
    console.info(`设置（${path}）：`);
    for (const { label, option, value, what, unset } of LINES) {
      const shown = value(settings);
      const notes = [
        what && (shown || !unset ? what : `${what}：未设则${unset}`),
        option === '--default-period' && nowNote(await shownNow(store), settings),
      ];
      const note = notes.filter(Boolean).join('；');
      console.info(`  ${label}：${shown ?? '未设'}${note ? `（${note}）` : ''}  ${option}`);
    }
    console.info(`  最后更新：${formatMoment('zh-CN', settings.updatedAt)}`);
    const recorded = Number((await store.get<{ n: number }>('SELECT count(*) AS n FROM settings_events'))?.n ?? 0);
    console.info(`  改动记录：${recorded > 0 ? `${recorded} 次（--history 查看）` : `无（${whyNoHistory(settings)}）`}`);
  } else {
    const { before, after } = await changeSettings(store, change, { waiting: () => console.info(WAITING_FOR_WRITER), by: values.by });
    const changed = changes(before, after);
    if (changed.length === 0) console.info(`与原设置相同，未作更改（${path}）。`);
    else {
      console.info(`已更改（${path}）：`);
      for (const line of changed) console.info(`  ${line}`);
      // Another name keeps the web address it was not given: said, the address perhaps being the former publisher's.
      if (before.publisher.name !== after.publisher.name && after.publisher.url && change.publisher?.url === undefined)
        console.info(`  发布单位网址仍为 ${after.publisher.url}（不对的话用 --publisher-url 改，或 none 清除）`);
      if (defaultPeriodOf(before) !== defaultPeriodOf(after))
        console.info(`  不指定公示期时 API 与页面显示的公示期：${nowNote(await shownNow(store), after)}`);
      const db = values.db === undefined ? { option: '', passwordLeftOut: false } : dbOption(path);
      console.info(`API 与页面随即改变；静态导出的文件要重新导出（${commandLine('export')} --out DIR${db.option}）才会改变。`);
      if (db.passwordLeftOut) console.info(PASSWORD_LEFT_OUT);
    }
  }
} catch (error) {
  if (error instanceof WriterWaitError) fail(command, error.message);
  if (error instanceof SettingsRefused) fail(command, `${error.message}未作任何更改。`);
  if (error instanceof NothingImported)
    fail(command, `${path} 还没有导入任何数据：先导入（${commandLine('import')} FILE --publisher NAME --db …），再改设置。`);
  throw error;
} finally {
  await store.close();
}
