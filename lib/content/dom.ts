type Child = Node | string | null | undefined | false;

/** Creates an element with attributes (on* keys become listeners) and children: a tiny plain-DOM renderer. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string | number | boolean | EventListener | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child) el.append(child);
  return el;
}

/** The intersection of two rectangles as [left, top, right, bottom], or null when they do not meet. */
export function intersect(
  a: readonly [number, number, number, number],
  b: readonly [number, number, number, number],
): [number, number, number, number] | null {
  const box: [number, number, number, number] = [
    Math.max(a[0], b[0]),
    Math.max(a[1], b[1]),
    Math.min(a[2], b[2]),
    Math.min(a[3], b[3]),
  ];
  return box[2] > box[0] && box[3] > box[1] ? box : null;
}
