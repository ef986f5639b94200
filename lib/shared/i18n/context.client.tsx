'use client';

import { createContext, use, type ReactNode } from 'react';
import type { Dict } from './zh';

/**
 * The page's dictionary, given by its root layout (a server component) as a prop: it travels in the
 * page's RSC payload, so no client bundle holds either edition's words.
 */
const DictContext = createContext<Dict | null>(null);

export function DictProvider({ dict, children }: { dict: Dict; children: ReactNode }) {
  return <DictContext value={dict}>{children}</DictContext>;
}

export function useDict(): Dict {
  const dict = use(DictContext);
  if (!dict) throw new Error('useDict must be used inside <DictProvider> (the root layout gives it)');
  return dict;
}
