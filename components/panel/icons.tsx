/** Small inline icons: no icon font or network, and they take the text colour. */
import type { ReactElement } from 'react';

type IconName = 'check' | 'cross' | 'dash' | 'grip' | 'minimize' | 'template' | 'chevron-down' | 'chevron-up' | 'book';

const PATHS: Record<IconName, ReactElement> = {
  check: <path d="M3.5 8.5l3 3 6-7" />,
  cross: <path d="M4.5 4.5l7 7m0-7l-7 7" />,
  dash: <path d="M4.5 8h7" />,
  grip: (
    <>
      <circle cx="6" cy="4" r="1" />
      <circle cx="10" cy="4" r="1" />
      <circle cx="6" cy="8" r="1" />
      <circle cx="10" cy="8" r="1" />
      <circle cx="6" cy="12" r="1" />
      <circle cx="10" cy="12" r="1" />
    </>
  ),
  minimize: <path d="M4 8h8" />,
  template: <path d="M3.5 2.5h9v11h-9zM5.5 5.5h5M5.5 8h5M5.5 10.5h3" />,
  'chevron-down': <path d="M4 6l4 4 4-4" />,
  'chevron-up': <path d="M4 10l4-4 4 4" />,
  book: <path d="M2.5 3.5c2-1 4-1 5.5.5 1.5-1.5 3.5-1.5 5.5-.5v9c-2-1-4-1-5.5.5-1.5-1.5-3.5-1.5-5.5-.5zM8 4v9" />,
};

export function Icon({ name }: { name: IconName }) {
  const filled = name === 'grip';
  return (
    <svg
      className="cp-icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
      fill={filled ? 'currentColor' : 'none'}
      stroke={filled ? 'none' : 'currentColor'}
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {PATHS[name]}
    </svg>
  );
}
