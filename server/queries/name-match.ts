/** How search finds the operators whose name or USCC holds the query, on each engine: the same operators either way. */
import { postgresNameMatch } from '../store/postgres/name-search.ts';
import type { Engine, Params } from '../store/store.ts';
import { likeText } from './shared.ts';

/** SQL over operators `o`, with the values it names. */
export interface NameMatch {
  /** The name or the USCC contains the query. */
  condition: string;
  /** For ranking what was found: the USCC is the query, begins with it; the name begins with it. */
  codeIs: string;
  codeStarts: string;
  nameStarts: string;
  params: Params;
}

/** `q` as typed (trimmed, not empty); `code` the same upper case without spaces. */
export function nameMatch(engine: Engine, q: string, code: string): NameMatch {
  if (engine === 'postgres') return postgresNameMatch(q, code);
  // SQLite's LIKE folds ASCII letters and compares everything else exactly: a scan, fast enough for one city's operators.
  return {
    condition: "(o.name LIKE '%' || @q || '%' ESCAPE '\\' OR o.uscc LIKE '%' || @code || '%' ESCAPE '\\')",
    codeIs: 'o.uscc = @code',
    codeStarts: "o.uscc LIKE @code || '%' ESCAPE '\\'",
    nameStarts: "o.name LIKE @q || '%' ESCAPE '\\'",
    params: { q: likeText(q), code: likeText(code) },
  };
}
