/**
 * The keys of the tables an import fills in bulk, checked on PostgreSQL a statement at a time.
 *
 * A foreign key checks each row it is given with a query of its own: about 5 µs a key, so 100 000
 * figure rows spent 1.0 s on their two keys (period, operator), and 25 000 operators 0.4 s on their
 * four, which made a PostgreSQL import 2.1–2.3 times as long as SQLite's. PostgreSQL 15 has no way
 * to check a declared key for a whole statement at once, so these keys are triggers that do: after
 * each statement, one join of the rows it wrote (a transition table) with the table they name; after
 * an update, of the keys it changed only (a foreign key skips a key an update leaves as it was).
 * Everything a foreign key does is kept, with its error (23503, the same message):
 * - rows written name a row that exists, which stays locked (`FOR KEY SHARE`, as a key locks it)
 *   until the writer commits, so that no one deletes it meanwhile;
 * - a row named may be neither deleted nor given another key while a row names it (deleting waits
 *   for a writer holding it, then sees what that writer committed);
 * - a table that others name may not be emptied by TRUNCATE while they name it.
 * A foreign key also checks, in REPEATABLE READ, against rows committed after the transaction began;
 * these checks see that transaction's snapshot. tsgs writes in READ COMMITTED, one writer at a time.
 * SQLite keeps its declared keys (checking them costs it little).
 */

/** A key: `table.column` names a row of `references` by its `referenced` column. */
interface Key {
  table: string;
  column: string;
  references: string;
  referenced: string;
}

const key = (table: string, column: string, references: string, referenced: string): Key => ({ table, column, references, referenced });

/** The keys checked by statement: those of the figure tables and of the operators. */
export const STATEMENT_KEYS: readonly Key[] = [
  ...['counts', 'category_counts', 'nature_counts', 'sales'].flatMap((table) => [
    key(table, 'period', 'periods', 'id'),
    key(table, 'operator_id', 'operators', 'id'),
  ]),
  key('category_counts', 'category', 'categories', 'id'),
  key('nature_counts', 'nature', 'natures', 'id'),
  ...['district', 'city', 'province'].map((column) => key('operators', column, 'regions', 'code')),
  key('operators', 'industry', 'industries', 'code'),
];

/** The name PostgreSQL gave the declared key, which its errors keep naming. */
const keyName = (k: Key) => `${k.table}_${k.column}_fkey`;

const quoted = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** Trigger arguments: each key as the function reads it, four words a key. */
const argumentsOf = (keys: readonly Key[], words: (k: Key) => string[]) => keys.flatMap(words).map(quoted).join(', ');

/** The keys by table, in the order first met (Map.groupBy is not in Node 20). */
function groupBy(keys: readonly Key[], by: (k: Key) => string): Map<string, Key[]> {
  const groups = new Map<string, Key[]>();
  for (const k of keys) groups.set(by(k), [...(groups.get(by(k)) ?? []), k]);
  return groups;
}

/**
 * The functions. Tables are named with the schema of the table the trigger is on, not looked up on
 * the search path (pg_restore runs with an empty one).
 */
const FUNCTIONS = /* sql */ `
-- After rows are written to a table: each key they hold names a row that exists, locked until commit.
-- Arguments, four a key: column, table named, column named, the key's name.
CREATE OR REPLACE FUNCTION tsgs_keys_present() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  keys text;
  missing text;
BEGIN
  FOR i IN 0 .. TG_NARGS - 1 BY 4 LOOP
    -- Each key once (100 000 figure rows name 25 000 operators and a few periods); after an update,
    -- only the keys its rows did not hold before, as a foreign key checks only a key that changed.
    keys := CASE TG_OP
      WHEN 'UPDATE' THEN format('SELECT n.%1$I AS k FROM new_rows n EXCEPT SELECT o.%1$I FROM old_rows o', TG_ARGV[i])
      ELSE format('SELECT DISTINCT n.%1$I AS k FROM new_rows n', TG_ARGV[i]) END;
    -- Locked first, then looked for by a statement of its own: it sees a delete committed meanwhile.
    -- Rows this transaction wrote need no lock: no one else sees them until it commits.
    EXECUTE format('SELECT 1 FROM %I.%I r WHERE r.%I IN (%s) AND r.xmin <> xid(pg_current_xact_id()) FOR KEY SHARE',
      TG_TABLE_SCHEMA, TG_ARGV[i + 1], TG_ARGV[i + 2], keys);
    EXECUTE format('SELECT d.k::text FROM (%s) d WHERE d.k IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM %I.%I r WHERE r.%I = d.k) LIMIT 1',
      keys, TG_TABLE_SCHEMA, TG_ARGV[i + 1], TG_ARGV[i + 2]) INTO missing;
    IF missing IS NOT NULL THEN
      RAISE foreign_key_violation USING
        MESSAGE = format('insert or update on table "%s" violates foreign key constraint "%s"', TG_TABLE_NAME, TG_ARGV[i + 3]),
        DETAIL = format('Key (%s)=(%s) is not present in table "%s".', TG_ARGV[i], missing, TG_ARGV[i + 1]),
        SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = TG_ARGV[i], CONSTRAINT = TG_ARGV[i + 3];
    END IF;
  END LOOP;
  RETURN NULL;
END
$$;

-- After rows of a table others name are deleted or updated: no key that is gone is still named.
-- Arguments, four a key: column named, naming table, naming column, the key's name.
CREATE OR REPLACE FUNCTION tsgs_keys_unused() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  gone text;
  named text;
BEGIN
  FOR i IN 0 .. TG_NARGS - 1 BY 4 LOOP
    -- After an update, only the keys it changed (an import updates 25 000 operators' names, not their ids).
    gone := CASE TG_OP
      WHEN 'UPDATE' THEN format('SELECT o.%1$I AS k FROM old_rows o EXCEPT SELECT n.%1$I FROM new_rows n', TG_ARGV[i])
      ELSE format('SELECT DISTINCT o.%1$I AS k FROM old_rows o', TG_ARGV[i]) END;
    EXECUTE format('SELECT d.k::text FROM (%1$s) d
        WHERE NOT EXISTS (SELECT 1 FROM %2$I.%3$I r WHERE r.%4$I = d.k)
          AND EXISTS (SELECT 1 FROM %2$I.%5$I t WHERE t.%6$I = d.k) LIMIT 1',
      gone, TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_ARGV[i], TG_ARGV[i + 1], TG_ARGV[i + 2]) INTO named;
    IF named IS NOT NULL THEN
      RAISE foreign_key_violation USING
        MESSAGE = format('update or delete on table "%s" violates foreign key constraint "%s" on table "%s"', TG_TABLE_NAME, TG_ARGV[i + 3], TG_ARGV[i + 1]),
        DETAIL = format('Key (%s)=(%s) is still referenced from table "%s".', TG_ARGV[i], named, TG_ARGV[i + 1]),
        SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_ARGV[i + 1], CONSTRAINT = TG_ARGV[i + 3];
    END IF;
  END LOOP;
  RETURN NULL;
END
$$;

-- Before a table others name is truncated: none of them holds a row. Arguments: the naming tables.
CREATE OR REPLACE FUNCTION tsgs_keys_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  holding boolean;
BEGIN
  FOR i IN 0 .. TG_NARGS - 1 LOOP
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I.%I)', TG_TABLE_SCHEMA, TG_ARGV[i]) INTO holding;
    IF holding THEN
      RAISE feature_not_supported USING
        MESSAGE = format('cannot truncate table "%s": table "%s" names its rows; truncate "%s" first', TG_TABLE_NAME, TG_ARGV[i], TG_ARGV[i]);
    END IF;
  END LOOP;
  RETURN NULL;
END
$$;
`;

/** A trigger, made again if it exists (a migration may run twice). */
const trigger = (name: string, table: string, when: string, body: string) =>
  `DROP TRIGGER IF EXISTS ${name} ON ${table};\nCREATE TRIGGER ${name} ${when} ON ${table} ${body};\n`;

/** The migration: the declared keys dropped, the triggers made in their place. */
export function statementKeysSchema(keys: readonly Key[] = STATEMENT_KEYS): string {
  const drops = keys.map((k) => `ALTER TABLE ${k.table} DROP CONSTRAINT IF EXISTS ${keyName(k)};\n`).join('');
  const present = (k: Key) => [k.column, k.references, k.referenced, keyName(k)];
  const unused = (k: Key) => [k.referenced, k.table, k.column, keyName(k)];
  let triggers = '';
  for (const [table, own] of groupBy(keys, (k) => k.table)) {
    const call = `FOR EACH STATEMENT EXECUTE FUNCTION tsgs_keys_present(${argumentsOf(own, present)})`;
    triggers += trigger(`${table}_keys_inserted`, table, 'AFTER INSERT', `REFERENCING NEW TABLE AS new_rows ${call}`);
    triggers += trigger(`${table}_keys_updated`, table, 'AFTER UPDATE', `REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows ${call}`);
  }
  for (const [table, naming] of groupBy(keys, (k) => k.references)) {
    const call = `FOR EACH STATEMENT EXECUTE FUNCTION tsgs_keys_unused(${argumentsOf(naming, unused)})`;
    triggers += trigger(`${table}_named_deleted`, table, 'AFTER DELETE', `REFERENCING OLD TABLE AS old_rows ${call}`);
    triggers += trigger(`${table}_named_updated`, table, 'AFTER UPDATE', `REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows ${call}`);
    const holders = [...new Set(naming.map((k) => k.table))].filter((holder) => holder !== table);
    triggers += trigger(
      `${table}_named_truncated`,
      table,
      'BEFORE TRUNCATE',
      `FOR EACH STATEMENT EXECUTE FUNCTION tsgs_keys_truncated(${holders.map(quoted).join(', ')})`,
    );
  }
  return `${FUNCTIONS}${drops}${triggers}`;
}
