/**
 * The shape of the code, checked: src/core never reaches into an element, src/ has no import cycle
 * (type imports and lazy imports included), the base element reads in one screen, and no function
 * of the importer grows past what one screen shows.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';

const root = new URL('../../', import.meta.url).pathname;
const src = join(root, 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Each source file of src/ and the files of src/ it imports, by path relative to src/. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const path of files(src)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(path, 'utf8'), true, true);
    const local = importedFiles.map((f) => f.fileName).filter((name) => name.startsWith('.'));
    graph.set(
      relative(src, path),
      local.map((name) => relative(src, resolve(dirname(path), name))),
    );
  }
  return graph;
}

/** Every cycle in a graph, each written as the path that closes it. */
function cycles(graph: Map<string, string[]>): string[] {
  const found: string[] = [];
  const done = new Set<string>();
  const visit = (node: string, trail: string[]) => {
    const at = trail.indexOf(node);
    if (at >= 0) {
      found.push([...trail.slice(at), node].join(' → '));
      return;
    }
    if (done.has(node)) return;
    for (const next of graph.get(node) ?? []) visit(next, [...trail, node]);
    done.add(node);
  };
  for (const node of graph.keys()) visit(node, []);
  return found;
}

/** Functions (declarations, methods, arrows, expressions) longer than `max` lines, as `file:line name (N lines)`. */
function longFunctions(path: string, max: number): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const long: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line + 1;
      const name = node.name?.getText() ?? '(anonymous)';
      if (last - first + 1 > max) long.push(`${relative(root, path)}:${first} ${name} (${last - first + 1} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return long;
}

describe('the shape of the code', () => {
  const graph = importGraph();

  it('src/core imports nothing from src/elements', () => {
    const reaching = [...graph].flatMap(([file, imports]) =>
      file.startsWith('core/') ? imports.filter((i) => i.startsWith('elements/')).map((i) => `${file} → ${i}`) : [],
    );
    assert.ok(graph.size > 50, 'the graph holds the sources');
    assert.deepEqual(reaching, []);
  });

  it('src/ has no import cycle, type imports included', () => {
    assert.deepEqual(cycles(graph), []);
  });

  it('the base element keeps to registration, configuration and custom states: one screen', () => {
    const lines = readFileSync(join(src, 'core', 'base-element.ts'), 'utf8')
      .trimEnd()
      .split('\n').length;
    assert.ok(lines <= 80, `base-element.ts has ${lines} lines`);
    assert.deepEqual(
      graph.get('core/base-element.ts')?.filter((i) => /views|failures|format/.test(i)),
      [],
    );
  });

  it('no function of the importer is longer than 60 lines', () => {
    assert.deepEqual(
      files(join(root, 'server', 'import')).flatMap((path) => longFunctions(path, 60)),
      [],
    );
  });
});
