/**
 * Name search on PostgreSQL that scales for Chinese: an operator matches a query when its name (or
 * USCC) contains the query, as SQLite's `LIKE '%q%'` decides today (ASCII letters without case,
 * everything else exactly). `LIKE '%q%'` alone is a full scan, and pg_trgm cannot index one- and
 * two-character queries (nor sees any trigram in Chinese under LC_CTYPE=C). So each name is split
 * into its 1- and 2-character pieces by an immutable SQL function (kept in a generated column), a
 * GIN index holds the pieces, and a query asks for names holding all of its own pieces, with `LIKE`
 * as the final filter. Stock
 * PostgreSQL, no extension (pg_bigm, where a host has it, indexes the same way).
 */
import { folded } from '../../../src/client/search-keys.ts';
import type { NameMatch } from '../../queries/name-match.ts';
import { likeText } from '../../queries/shared.ts';

/** ASCII letters folded to lower case, as SQLite's LIKE folds them: `value` as tsgs_fold returns it. */
const FOLD_ASCII = "translate(value, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')";

/** The function cutting a name into its pieces, from the name as `fold` folds it. */
const piecesFunction = (fold: string) => /* sql */ `CREATE OR REPLACE FUNCTION tsgs_pieces(value text) RETURNS text[]
  LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
  AS $$
DECLARE
  chars text[] := string_to_array(${fold}, NULL);
  pieces text[] := chars;
BEGIN
  FOR i IN 1 .. coalesce(array_length(chars, 1), 0) - 1 LOOP
    pieces := pieces || (chars[i] || chars[i + 1]);
  END LOOP;
  RETURN pieces;
END
$$;
`;

/** The functions (SQL-standard bodies, so the planner can inline them) and the indexes. */
export const NAME_SEARCH_SCHEMA = /* sql */ `
CREATE OR REPLACE FUNCTION tsgs_fold(value text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  -- ASCII letters only, as SQLite's LIKE folds them; lower() would fold other scripts too.
  RETURN ${FOLD_ASCII};

-- Every character, then every pair (repeats kept: GIN keeps each key once). A loop over the
-- characters string_to_array gives: cutting one substr per piece with DISTINCT cost five times more,
-- and a SQL body, which only generated columns call, gains nothing from inlining there.
${piecesFunction('tsgs_fold(value)')}
-- Stored, not computed at query time: a bitmap scan of a GIN index rechecks each row it finds, and
-- cutting a name into pieces costs ~15 µs, against reading them back.
ALTER TABLE operators ADD COLUMN IF NOT EXISTS name_pieces text[] GENERATED ALWAYS AS (tsgs_pieces(name)) STORED;
ALTER TABLE operators ADD COLUMN IF NOT EXISTS uscc_pieces text[] GENERATED ALWAYS AS (tsgs_pieces(uscc)) STORED;
CREATE INDEX IF NOT EXISTS operators_name_pieces ON operators USING gin (name_pieces);
CREATE INDEX IF NOT EXISTS operators_uscc_pieces ON operators USING gin (uscc_pieces);
`;

/**
 * tsgs_pieces again, calling no function of ours. A PL/pgSQL body looks names up when it runs, and
 * pg_restore runs with an empty search path: the first form, which called tsgs_fold, could not
 * compute the operators' pieces there, so a pg_dump restored without a single operator. Built-in
 * functions are found whatever the path; the fold is tsgs_fold's, written out.
 */
export const PIECES_WITHOUT_SEARCH_PATH = piecesFunction(FOLD_ASCII);

/**
 * The pieces a name must hold to contain `text`: its distinct two-character pieces, or for one
 * character that character (as tsgs_pieces cuts them, by code point).
 */
export function queryPieces(text: string): string[] {
  const chars = [...folded(text)];
  if (chars.length < 2) return chars;
  return [...new Set(chars.slice(1).map((c, i) => `${chars[i]}${c}`))];
}

/**
 * `o.column` as LIKE compares it with `text`: folded when `text` holds an ASCII letter, as it is
 * when not (folding changes only ASCII letters, which such a text cannot match). translate() costs
 * about 2 µs for a name of 20 characters: `LIKE` over a million such names takes 2.0 s with it and
 * 0.1 s without.
 */
const compared = (column: string, text: string) => (/[a-z]/i.test(text) ? `tsgs_fold(o.${column})` : `o.${column}`);

/**
 * How operators (`o`) whose name contains `q`, or whose USCC contains `code` (`q` upper case, without
 * spaces), are found and ranked on PostgreSQL: the pieces narrow the rows through the index, `LIKE`
 * on the folded text decides, as SQLite's `LIKE` does. `LIKE` is written first: where the planner
 * scans every row, a cheap `LIKE` leaves the pieces to compare only for the names that match.
 */
export function postgresNameMatch(q: string, code: string): NameMatch {
  if (!q || !code) throw new RangeError('nameMatch needs a query: with none, search has no name condition');
  const [name, uscc] = [compared('name', q), compared('uscc', code)];
  return {
    condition: `((${name} LIKE '%' || @q || '%' AND o.name_pieces @> CAST(@namePieces AS text[]))
      OR (${uscc} LIKE '%' || @code || '%' AND o.uscc_pieces @> CAST(@codePieces AS text[])))`,
    codeIs: `${uscc} = @code`,
    codeStarts: `${uscc} LIKE @code || '%'`,
    nameStarts: `${name} LIKE @q || '%'`,
    params: { namePieces: queryPieces(q), q: folded(likeText(q)), codePieces: queryPieces(code), code: folded(likeText(code)) },
  };
}
