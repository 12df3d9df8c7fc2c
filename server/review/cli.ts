/**
 * `npm run review -- --period P [--db DB] [--format text|json|html] [--out FILE]` (also `tsgs-server
 * review …`): what a period would make public, to check before it is. Exit status: 0 the report
 * was made, 1 the database cannot be read or holds no such period, 2 wrong usage.
 */

import { commandLine, OutputError, writeOutput } from '../commands.ts';
import { existingStore, fail, readOptions, requireOut, usage } from '../export/args.ts';
import { periodFlag } from '../import/cells.ts';
import { notHeld } from './publish.ts';
import { reviewHtml, reviewText } from './render.ts';
import { reviewPeriod } from './report.ts';

const USAGE = `tsgs review: what a period would make public, to check before it is — its figures by city
and industry beside the latest published period's, operators new and gone, the largest jumps in accepted
complaints and in mediation rates, rates over tiny denominators, USCCs whose check failed, suspected
duplicates (same name and address, different USCCs), and statements awaiting a decision

  ${commandLine('review')} --period P [options]

  --period P         the period to review: 2026Q3, 2026-09 or 2026
  --db DB            SQLite file or postgres:// URL (default: TSGS_DB, else ~/.local/share/tsgs/tsgs.sqlite)
  --format F         text (default), json, or html: one page with no script, to open, print or send
  --out FILE         write the report to FILE instead of printing it
  -h, --help         this text`;

const FORMATS = ['text', 'json', 'html'] as const;
type Format = (typeof FORMATS)[number];

const command = { name: 'tsgs review', usage: USAGE };
const values = readOptions(command, { period: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } });
if (!values.period) usage(command, '--period is required');
const flag = periodFlag(values.period);
if ('problem' in flag) usage(command, flag.problem);
const period = flag.period;
const format = (values.format ?? 'text') as Format;
if (!FORMATS.includes(format)) usage(command, `--format must be text, json or html, not "${values.format}"`);
if (values.out !== undefined) requireOut(command, values.out, 'file');
const { store, path } = await existingStore(command, values.db);
try {
  const known = await store.all<{ id: string }>('SELECT id FROM periods ORDER BY id');
  if (!known.some((p) => p.id === period))
    fail(
      command,
      notHeld(
        period,
        known.map((p) => p.id),
        `${path} `,
      ),
    );
  const report = await reviewPeriod(store, period);
  const text = format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : format === 'html' ? reviewHtml(report) : reviewText(report);
  if (values.out) {
    try {
      writeOutput(values.out, text);
    } catch (error) {
      if (!(error instanceof OutputError)) throw error;
      fail(command, `--out: ${error.message}`);
    }
    console.info(`审核报告（${period}）已写入 ${values.out}`);
  } else process.stdout.write(text);
} finally {
  await store.close();
}
