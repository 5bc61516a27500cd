import { SECTIONS } from './event-sections.ts';
import { REGISTER_TEXT } from './register-messages.ts';

/** Keys a source or Patra adds beside the values people typed: not compared or shown. */
const BOOKKEEPING = new Set(['enSource', 'teSource', 'isConfirmed', 'unitCode']);

/** The register form's label of each declaration path (`child.name.en` → `childNameEn`). */
const LABEL_BY_PATH = new Map(
  Object.values(SECTIONS)
    .flat()
    .flatMap((section) => section.fields)
    .filter((field) => field.path.startsWith('declaration.'))
    .map((field) => [field.path.slice('declaration.'.length), field.label] as const),
);

/** The catalogue key naming a declaration path, or undefined when the form has no such field. */
export function labelOf(path: string): keyof typeof REGISTER_TEXT | undefined {
  const label = LABEL_BY_PATH.get(path);

  return label && label in REGISTER_TEXT ? (label as keyof typeof REGISTER_TEXT) : undefined;
}

/** A declaration as dotted paths to its printable leaf values, in the order the form asks. */
export function flattenDeclaration(value: unknown, prefix = ''): Map<string, string> {
  const leaves = new Map<string, string>();
  if (value === null || value === undefined) return leaves;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    leaves.set(prefix, String(value));
    return leaves;
  }
  if (typeof value !== 'object') return leaves;

  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    if (BOOKKEEPING.has(key)) continue;

    for (const [path, leaf] of flattenDeclaration(child, prefix ? `${prefix}.${key}` : key))
      leaves.set(path, leaf);
  }

  return leaves;
}

/** Every path of either declaration, the form's order first. */
export function unionPaths(a: Map<string, string>, b: Map<string, string>): string[] {
  const formOrder = [...LABEL_BY_PATH.keys()];
  const all = new Set([...a.keys(), ...b.keys()]);
  const rank = (path: string) => {
    const index = formOrder.indexOf(path);

    return index === -1 ? formOrder.length : index;
  };

  return [...all].sort((x, y) => rank(x) - rank(y) || x.localeCompare(y));
}
