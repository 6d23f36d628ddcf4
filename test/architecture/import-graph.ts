/** @module The import graph of the source tree: relative imports of every module in `src/` (tests left out), its cycles, and the imports that break the engine's layering. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Module (path relative to the root, with `/`) → the modules it imports. */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

/** `import … from '…'`, `export … from '…'`, `import '…'` and `import('…')`, type-only imports included. */
const SPECIFIER =
  /(?:\bimport\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?|\bexport\s+(?:type\s+)?(?:\*(?:\s+as\s+\w+)?|\{[^}]*\})\s+from\s+|\bimport\s*\(\s*)['"]([^'"]+)['"]/g;

/** The relative module specifiers of one file's text (package imports are left out). */
export function importSpecifiers(text: string): string[] {
  return [...text.matchAll(SPECIFIER)].map((m) => m[1] ?? '').filter((s) => s.startsWith('.'));
}

const isSource = (name: string): boolean => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return isSource(entry.name) ? [path] : [];
  });
}

/** The graph of the modules under `root/folder` (paths relative to `root`). */
export function readImportGraph(root: string, folder = 'src'): ImportGraph {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(join(root, folder))) {
    const from = relative(root, file).split('\\').join('/');
    const targets = importSpecifiers(readFileSync(file, 'utf8')).map((s) =>
      relative(root, resolve(dirname(file), s))
        .split('\\')
        .join('/'),
    );
    graph.set(from, [...new Set(targets)]);
  }
  return graph;
}

/**
 * Every cycle of the graph, each once: the strongly connected components with more than one module or a module
 * importing itself (Tarjan), each given as a closed path through its modules.
 */
export function findCycles(graph: ImportGraph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let top: string | undefined;
    do {
      top = stack.pop();
      if (top === undefined) break;
      onStack.delete(top);
      component.push(top);
    } while (top !== node);
    const selfLoop = (graph.get(node) ?? []).includes(node);
    if (component.length > 1 || selfLoop) components.push(component);
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return components.map((c) => cyclePath(graph, c));
}

/** A closed path through the modules of one strongly connected component (breadth-first back to its first module). */
function cyclePath(graph: ImportGraph, component: readonly string[]): string[] {
  const members = new Set(component);
  const start = [...component].sort()[0] ?? '';
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift() ?? '';
    for (const next of graph.get(node) ?? []) {
      if (!members.has(next)) continue;
      if (next === start) {
        const path = [node];
        while (path[0] !== start) path.unshift(previous.get(path[0] ?? '') ?? start);
        return [...path, start];
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start, start];
}

/** Imports `from → to` where `from` lies under one of `fromFolders` and `to` under one of `toFolders`. */
export function importsBetween(
  graph: ImportGraph,
  fromFolders: readonly string[],
  toFolders: readonly string[],
): string[] {
  const under = (path: string, folders: readonly string[]): boolean =>
    folders.some((f) => path.startsWith(`${f}/`));
  return [...graph].flatMap(([from, targets]) =>
    under(from, fromFolders) ? targets.filter((t) => under(t, toFolders)).map((t) => `${from} → ${t}`) : [],
  );
}
