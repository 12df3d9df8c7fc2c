/**
 * An export's files on disk. Each is written atomically (a temporary file renamed into place) with
 * its precompressed `.br` and `.gz` beside it, and only when its bytes changed: a re-export of
 * unchanged data touches no file (same bytes, same mtime). Files an earlier export wrote and this one
 * did not are deleted — only those, as the manifest `.tsgs-export` lists them, never anything else
 * in the directory.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { makeFolder } from '../folders.ts';

const MANIFEST = '.tsgs-export';

export interface ExportTally {
  /** Files whose bytes changed (or that are new), each counted once with its compressed copies. */
  written: number;
  unchanged: number;
  deleted: number;
  /** Bytes of every file of the export, uncompressed. */
  bytes: number;
}

export class ExportWriter {
  readonly tally: ExportTally = { written: 0, unchanged: 0, deleted: 0, bytes: 0 };
  readonly #paths = new Set<string>();
  readonly #previous: ReadonlySet<string>;
  /** Directories made (or found) already: a sample's 72 000 files sit in a few thousand, and each mkdir costs a system call. */
  readonly #directories = new Set<string>();

  constructor(private readonly root: string) {
    makeFolder(root);
    const manifest = join(root, MANIFEST);
    this.#previous = new Set(existsSync(manifest) ? readFileSync(manifest, 'utf8').split('\n').filter(Boolean) : []);
  }

  /** Writes `path` (relative to the export's root, with `/`) unless it already holds exactly `content`. */
  write(path: string, content: string | Uint8Array, compress = true): void {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    const target = join(this.root, path);
    this.#paths.add(path);
    this.tally.bytes += bytes.length;
    const same = existsSync(target) && readFileSync(target).equals(bytes);
    const copies = compress ? [`${path}.br`, `${path}.gz`] : [];
    for (const copy of copies) this.#paths.add(copy);
    if (same && copies.every((copy) => existsSync(join(this.root, copy)))) {
      this.tally.unchanged++;
      return;
    }
    const directory = dirname(target);
    if (!this.#directories.has(directory)) {
      mkdirSync(directory, { recursive: true });
      this.#directories.add(directory);
    }
    if (!same) atomicWrite(target, bytes);
    if (compress) {
      // Quality 7: on these small files as small as 9 (within 0.3 %), at a tenth of the time.
      atomicWrite(`${target}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 7 } }));
      // No file name or time in the header: the same bytes give the same .gz.
      atomicWrite(`${target}.gz`, gzipSync(bytes, { level: 9 }));
    }
    this.tally.written++;
  }

  /** Deletes what the previous export wrote and this one did not, and records this one's files. */
  finish(): ExportTally {
    for (const path of this.#previous) {
      if (this.#paths.has(path)) continue;
      rmSync(join(this.root, path), { force: true });
      if (!path.endsWith('.br') && !path.endsWith('.gz')) this.tally.deleted++;
    }
    atomicWrite(join(this.root, MANIFEST), Buffer.from(`${[...this.#paths].sort().join('\n')}\n`));
    return this.tally;
  }
}

function atomicWrite(target: string, bytes: Uint8Array): void {
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, target);
}
