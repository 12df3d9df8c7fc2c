/**
 * `npm run period:withdraw -- --period P --reason TEXT [--by NAME]` (also `tsgs-server withdraw …`):
 * takes a published period back; the API then answers for it with the reason. Exit status: 0
 * withdrawn, 1 nothing changed (no such period, not published, the database cannot be read), 2 wrong usage.
 */

import { commandLine, sampleNotice, WAITING_FOR_WRITER } from '../commands.ts';
import { existingStore, fail, readOptions, usage } from '../export/args.ts';
import { periodFlag } from '../import/cells.ts';
import { WriterWaitError } from '../store/writer-wait.ts';
import { PeriodStatusError, withdrawPeriod } from './publish.ts';

const USAGE = `tsgs withdraw: takes a published period back, with a reason the public is told

  ${commandLine('withdraw')} --period P --reason TEXT [options]

  --period P         the period to withdraw (2026Q3, 2026-09 or 2026)
  --reason TEXT      why, as the API tells anyone who asks for the period
  --by NAME          who withdraws, kept in the periods' history (not shown by the API)
  --db DB            SQLite file or postgres:// URL (default: TSGS_DB, else ~/.local/share/tsgs/tsgs.sqlite)
  -h, --help         this text`;

const command = { name: 'tsgs withdraw', usage: USAGE };
const values = readOptions(command, { period: { type: 'string' }, reason: { type: 'string' }, by: { type: 'string' } });
if (!values.period) usage(command, '--period is required');
const flag = periodFlag(values.period);
if ('problem' in flag) usage(command, flag.problem);
const period = flag.period;
if (!values.reason?.trim()) usage(command, '--reason is required: the public is told why a period was withdrawn');
const { store, path } = await existingStore(command, values.db);
const sample = await sampleNotice(store, path);
if (sample) console.warn(`${command.name}: ${sample}`);
try {
  const { containing, contained } = await withdrawPeriod(store, period, values.reason, {
    by: values.by,
    waiting: () => console.info(WAITING_FOR_WRITER),
  });
  console.info(`已撤回 ${period}（${path}）。`);
  if (containing.length > 0) console.info(`注意：${containing.join('、')} 仍已发布，其数字包含 ${period} 的数字；如有误，请一并撤回。`);
  if (contained.length > 0) console.info(`注意：${contained.join('、')} 仍已发布，是 ${period} 的一部分；如其数字也有误，请一并撤回。`);
} catch (error) {
  if (error instanceof WriterWaitError) fail(command, error.message);
  if (error instanceof PeriodStatusError) fail(command, `${error.message}：未作任何更改。`);
  throw error;
} finally {
  await store.close();
}
