/**
 * The options page's side navigation: a link per section, the section in view marked, deep links
 * (#deadlines) that survive the page filling in, and arrow keys between links.
 */
import { type KeyboardEvent, useCallback, useEffect, useRef, useState } from 'react';

export interface NavSection {
  id: string;
  title: string;
}

/** How far below the top of the window a section must reach to count as the one being read. */
const READING_LINE = 96;

function sectionFromHash(ids: string[]): string | undefined {
  const id = decodeURIComponent(window.location.hash.slice(1));
  return ids.includes(id) ? id : undefined;
}

/** The section in view, following scrolling and the address's #hash; `go` jumps to a section and focuses it. */
export function useCurrentSection(ids: string[]): [string, (id: string) => void] {
  const [current, setCurrent] = useState(() => sectionFromHash(ids) ?? ids[0]);
  // Right after a jump the chosen section stays marked, even when it is too short to reach the top.
  const jumpedAt = useRef(0);
  const key = ids.join(' ');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the list of ids is compared by its joined key
  useEffect(() => {
    let frame = 0;
    const spy = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (performance.now() - jumpedAt.current < 600) return;
        const atBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
        const passed = ids.filter(
          (id) => (document.getElementById(id)?.getBoundingClientRect().top ?? 1e9) <= READING_LINE,
        );
        setCurrent(atBottom ? ids[ids.length - 1] : (passed.at(-1) ?? ids[0]));
      });
    };
    const onHash = () => {
      const id = sectionFromHash(ids);
      if (!id) return;
      document.getElementById(id)?.scrollIntoView({ block: 'start' });
      jumpedAt.current = performance.now();
      setCurrent(id);
    };
    window.addEventListener('scroll', spy, { passive: true });
    window.addEventListener('hashchange', onHash);
    const stopHolding = holdDeepLink(sectionFromHash(ids));
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', spy);
      window.removeEventListener('hashchange', onHash);
      stopHolding();
    };
  }, [key]);
  const go = useCallback((id: string) => {
    const section = document.getElementById(id);
    if (!section) return;
    history.pushState(null, '', `#${id}`);
    section.scrollIntoView({ block: 'start' });
    // Keyboard and screen-reader users continue inside the section they chose.
    section.focus({ preventScroll: true });
    jumpedAt.current = performance.now();
    setCurrent(id);
  }, []);
  return [current, go];
}

/**
 * Sections above a deep-linked one fill in after the page opens and would push it out of view:
 * keep it at the top while the page grows, until the reader scrolls, types or clicks, or two seconds pass.
 */
function holdDeepLink(id: string | undefined): () => void {
  const target = id ? document.getElementById(id) : null;
  const main = document.querySelector('main');
  if (!target || !main || typeof ResizeObserver === 'undefined') return () => {};
  const hold = () => target.scrollIntoView({ block: 'start' });
  hold();
  const observer = new ResizeObserver(hold);
  observer.observe(main);
  const events = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const;
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    for (const name of events) window.removeEventListener(name, stop);
  };
  const timer = setTimeout(stop, 2000);
  for (const name of events) window.addEventListener(name, stop, { passive: true });
  return stop;
}

interface Props {
  sections: NavSection[];
  current: string;
  onGo: (id: string) => void;
}

/** The list of sections; Up and Down arrows move between its links, Home and End to the ends. */
export function SectionNav({ sections, current, onGo }: Props) {
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const links = [...event.currentTarget.querySelectorAll('a')];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index < 0) return;
    const next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: links.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    links[(next + links.length) % links.length].focus();
  };
  return (
    <nav aria-label="Sections" className="sl-options-nav" onKeyDown={onKeyDown}>
      <ul>
        {sections.map(({ id, title }) => (
          <li key={id}>
            <a
              href={`#${id}`}
              aria-current={id === current ? 'location' : undefined}
              onClick={(event) => {
                event.preventDefault();
                onGo(id);
              }}
            >
              {title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
