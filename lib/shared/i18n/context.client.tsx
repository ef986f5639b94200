'use client';

import { createContext, use, type ReactNode } from 'react';
import type { ClientDict } from './client-dict';

/**
 * The page's dictionary, given by its root layout (a server component) as a prop: it travels in the
 * page's RSC payload, so no client bundle holds either edition's words.
 */
const DictContext = createContext<ClientDict | null>(null);

export function DictProvider({ dict, children }: { dict: ClientDict; children: ReactNode }) {
  return <DictContext value={dict}>{children}</DictContext>;
}

export function useDict(): ClientDict {
  const dict = use(DictContext);
  if (!dict) throw new Error('useDict must be used inside <DictProvider> (the root layout gives it)');
  return dict;
}
