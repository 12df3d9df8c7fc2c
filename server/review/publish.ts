/**
 * Publishing and withdrawing periods, on either engine: each in one transaction that changes the
 * periods' status, records who did it and when in their history, and moves the data's update time
 * (so that caches and ETags let no earlier answer stand).
 */

import { keepPublished } from '../store/published.ts';
import type { Store } from '../store/store.ts';
import { inTransaction, type Run } from '../store/transaction.ts';

/** A request the periods' status refuses (no such period, already published…): nothing was changed. */
export class PeriodStatusError extends Error {}

export interface Acting {
  /** Who publishes or withdraws: a person's or an office's name, kept in the history (the API does not show it). */
  by?: string;
  now?: Date;
  /** Told when another process is writing to the SQLite file, which the publication then waits for. */
  waiting?: () => void;
}

/** A period the database does not hold, said with those it holds (`where`: the database as named). */
export const notHeld = (period: string, held: readonly string[], where: string) =>
  `公示期 ${period} 没有数据（${where}中有：${held.join('、') || '没有任何公示期'}）`;

async function statusOf(run: Run, period: string): Promise<string> {
  const [row] = await run<{ status: string }>('SELECT status FROM periods WHERE id = @period', { period });
  if (!row) {
    const held = (await run<{ id: string }>('SELECT id FROM periods ORDER BY id')).map((p) => p.id);
    throw new PeriodStatusError(notHeld(period, held, '库'));
  }
  return row.status;
}

async function record(run: Run, period: string, action: 'publish' | 'withdraw', at: string, acting: Acting, reason: string | null) {
  await run('INSERT INTO period_events (period, action, at, actor, reason) VALUES (@period, @action, @at, @actor, @reason)', {
    period,
    action,
    at,
    actor: acting.by?.trim() || null,
    reason,
  });
  await run('UPDATE periods SET changed_at = @at WHERE id = @period', { period, at });
  await run("UPDATE settings SET value = @value WHERE key = 'updatedAt'", { value: JSON.stringify(at) });
}

/**
 * Publishes draft (or withdrawn) periods, all or none; one already published is left as it is, so
 * that publishing again (a script run twice) changes nothing and is no failure. Resolves to the
 * periods published now, those that already were, the periods still drafts after, and of those the
 * ones a period published now is summed from (a quarter's month: its figures are public within the
 * quarter's, while it is not shown itself).
 */
export async function publishPeriods(
  store: Store,
  periods: readonly string[],
  acting: Acting = {},
): Promise<{ published: string[]; already: string[]; drafts: string[]; draftParts: string[] }> {
  const at = (acting.now ?? new Date()).toISOString();
  return inTransaction(
    store,
    async (run) => {
      const published: string[] = [];
      const already: string[] = [];
      for (const period of new Set(periods)) {
        if ((await statusOf(run, period)) === 'published') {
          already.push(period);
          continue;
        }
        await run("UPDATE periods SET status = 'published', reason = NULL WHERE id = @period", { period });
        // What the public sees from now on, for the review of a correction to set beside it.
        await run('DELETE FROM published_counts WHERE period = @period', { period });
        await run(keepPublished('p.id = @period'), { period });
        await record(run, period, 'publish', at, acting, null);
        published.push(period);
      }
      const drafts = await run<{ id: string; first_month: string; last_month: string }>(
        "SELECT id, first_month, last_month FROM periods WHERE status = 'draft' ORDER BY id",
      );
      const spans = await run<{ first_month: string; last_month: string }>(
        `SELECT first_month, last_month FROM periods WHERE id IN (${published.map((_, i) => `@p${i}`).join(', ') || 'NULL'})`,
        Object.fromEntries(published.map((id, i) => [`p${i}`, id])),
      );
      const draftParts = drafts
        .filter((d) => spans.some((s) => s.first_month <= d.first_month && d.last_month <= s.last_month))
        .map((d) => d.id);
      return { published, already, drafts: drafts.map((d) => d.id), draftParts };
    },
    acting.waiting,
  );
}

/**
 * Withdraws a published period, with the reason the public is told. Resolves to the published
 * periods whose figures hold its own (a quarter of a month, a year of a quarter), and those it holds
 * (a quarter's months, a year's quarters): either may share the error the period was withdrawn for.
 */
export async function withdrawPeriod(
  store: Store,
  period: string,
  reason: string,
  acting: Acting = {},
): Promise<{ containing: string[]; contained: string[] }> {
  const why = reason.trim();
  if (!why) throw new PeriodStatusError('撤回需要说明原因（--reason），原因将向公众显示');
  const at = (acting.now ?? new Date()).toISOString();
  return inTransaction(
    store,
    async (run) => {
      const status = await statusOf(run, period);
      if (status !== 'published') throw new PeriodStatusError(`公示期 ${period} ${status === 'draft' ? '尚未发布' : '已经撤回'}，无需撤回`);
      await run("UPDATE periods SET status = 'withdrawn', reason = @reason WHERE id = @period", { period, reason: why });
      await record(run, period, 'withdraw', at, acting, why);
      const published = async (where: string) =>
        (
          await run<{ id: string }>(
            `SELECT o.id FROM periods o JOIN periods p ON p.id = @period
           WHERE o.status = 'published' AND o.id <> p.id AND ${where} ORDER BY o.id`,
            { period },
          )
        ).map((row) => row.id);
      return {
        containing: await published('o.first_month <= p.first_month AND o.last_month >= p.last_month'),
        contained: await published('o.first_month >= p.first_month AND o.last_month <= p.last_month'),
      };
    },
    acting.waiting,
  );
}
