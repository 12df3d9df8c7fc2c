/**
 * `npm run period:publish -- --period P [--period Q…] [--by NAME]` (also `tsgs-server publish …`):
 * makes draft periods public, all or none, recorded in their history. Exit status: 0 published (or
 * already so), 1 nothing published (no such period, the database cannot be read), 2 wrong usage.
 */

import { commandLine, dbOption, PASSWORD_LEFT_OUT, sampleNotice, WAITING_FOR_WRITER } from '../commands.ts';
import { existingStore, fail, readOptions, usage } from '../export/args.ts';
import { periodFlag } from '../import/cells.ts';
import { WriterWaitError } from '../store/writer-wait.ts';
import { PeriodStatusError, publishPeriods } from './publish.ts';

const USAGE = `tsgs publish: makes draft periods public — an import leaves the periods it writes as drafts,
which the API shows only with serve --preview. Review a period first (${commandLine('review')} --period P).

  ${commandLine('publish')} --period P [options]

  --period P         the period to publish (2026Q3, 2026-09 or 2026); give it again for more,
                     all published in one step or none
  --by NAME          who publishes, kept in the periods' history (not shown by the API)
  --db DB            SQLite file or postgres:// URL (default: TSGS_DB, else ~/.local/share/tsgs/tsgs.sqlite)
  -h, --help         this text`;

const command = { name: 'tsgs publish', usage: USAGE };
const values = readOptions(command, { period: { type: 'string', multiple: true }, by: { type: 'string' } });
if ((values.period ?? []).length === 0) usage(command, '--period is required');
const periods = (values.period ?? []).map((value) => {
  const flag = periodFlag(value);
  return 'problem' in flag ? usage(command, flag.problem) : flag.period;
});
const { store, path } = await existingStore(command, values.db);
const sample = await sampleNotice(store, path);
if (sample) console.warn(`${command.name}: ${sample}`);
try {
  const { published, already, drafts, draftParts } = await publishPeriods(store, periods, {
    by: values.by,
    waiting: () => console.info(WAITING_FOR_WRITER),
  });
  if (published.length > 0) console.info(`已发布 ${published.join('、')}（${path}）。`);
  if (already.length > 0) console.info(`${already.join('、')} 此前已经发布，未作更改。`);
  const db = values.db === undefined ? { option: '', passwordLeftOut: false } : dbOption(path);
  const publishing = (periods: string[]) => `${commandLine('publish')} --period ${periods.join(' --period ')}${db.option}`;
  if (drafts.length > 0)
    console.info(
      `仍是草稿、未公开：${drafts.join('、')}。审核：${commandLine('review')} --period ${drafts.at(-1)}${db.option}；发布：${publishing(drafts)}`,
    );
  if (draftParts.length > 0)
    console.info(
      `其中 ${draftParts.join('、')} 的数字已计入刚发布的公示期并随之公开，它们自己却仍未公示（如按月的趋势）。审核后发布：${publishing(draftParts)}`,
    );
  if (drafts.length > 0 && db.passwordLeftOut) console.info(PASSWORD_LEFT_OUT);
} catch (error) {
  if (error instanceof WriterWaitError) fail(command, error.message);
  if (error instanceof PeriodStatusError) fail(command, `${error.message}：未作任何更改。`);
  throw error;
} finally {
  await store.close();
}
