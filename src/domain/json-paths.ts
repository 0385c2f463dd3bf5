/**
 * Dotted paths into JSON values (`payload.contributors.0.share`), and patterns over them where `*`
 * stands for every element of an array (`payload.contributors.*.share`): how classified fields are
 * named in events, for withholding them from a reader and for committing to them in the log.
 */

export function getPath(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** Sets the value at an existing path (its parent must exist). */
export function setPath(root: object, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = root as Record<string, unknown>;
  for (const part of parts.slice(0, -1)) node = node[part] as Record<string, unknown>;
  node[parts.at(-1)!] = value;
}

/** The concrete paths the patterns name in `root` (`*` expanded over arrays), keeping those holding a value (not absent, not null). */
export function concretePaths(root: unknown, patterns: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (node: unknown, parts: string[], at: string[]): void => {
    if (parts.length === 0) {
      if (node !== undefined && node !== null) out.push(at.join('.'));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const [head, ...rest] = parts;
    if (head === '*') {
      if (Array.isArray(node)) node.forEach((x, i) => walk(x, rest, [...at, String(i)]));
      return;
    }
    walk((node as Record<string, unknown>)[head!], rest, [...at, head!]);
  };
  for (const p of patterns) walk(root, p.split('.'), []);
  return out;
}

/** Whether a concrete path is one a pattern names. */
export function pathMatches(pattern: string, path: string): boolean {
  const [a, b] = [pattern.split('.'), path.split('.')];
  return a.length === b.length && a.every((x, i) => x === '*' || x === b[i]);
}
