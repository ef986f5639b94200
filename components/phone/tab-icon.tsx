import type { ReactNode } from 'react';

/**
 * Neutral line icons for the tab bar, one shape per tab so readers can match them to their own
 * phone by shape as well as by word: a speech bubble, two people, a compass, a person. Drawn with
 * SVG in the tab's colour (currentColor); never an app's own artwork.
 */
const SHAPES: Record<string, ReactNode> = {
  'tab-chats': <path d="M4 5.5h16a1 1 0 0 1 1 1V16a1 1 0 0 1-1 1H10l-4 3.5V17H4a1 1 0 0 1-1-1V6.5a1 1 0 0 1 1-1z" />,
  'tab-contacts': (
    <>
      <circle cx="9" cy="8.5" r="3.2" />
      <path d="M3 20c0-3.6 2.7-6 6-6s6 2.4 6 6" />
      <path d="M15.5 5.6a3 3 0 0 1 0 5.8M17.5 14.3c2 .8 3.5 2.8 3.5 5.7" />
    </>
  ),
  'tab-discover': (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M15.5 8.5 13.4 13.4 8.5 15.5 10.6 10.6z" />
    </>
  ),
  'tab-me': (
    <>
      <circle cx="12" cy="8" r="3.8" />
      <path d="M4.5 20.5c0-4 3.4-7 7.5-7s7.5 3 7.5 7" />
    </>
  ),
};

export function TabIcon({ id }: { id: string }) {
  const shape = SHAPES[id];
  if (!shape) return <span aria-hidden="true" className="size-[1.5em] rounded-[0.45em] border-[0.14em] border-current" />;
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="size-[1.6em]"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinejoin="round"
      strokeLinecap="round"
    >
      {shape}
    </svg>
  );
}
