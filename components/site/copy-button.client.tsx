'use client';

import { useEffect, useState } from 'react';
import { useDict } from '@/lib/shared/i18n/context.client';

/** Puts text on the clipboard, or selects it in a hidden field and copies it where the Clipboard API is missing. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    /* blocked: fall through to the select-and-copy way */
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

/** A copy button that confirms with a visible, announced “已复制”. */
export function CopyButton({ text, label, name, className }: { text: string; label: string; name?: string; className?: string }) {
  const [state, setState] = useState<'idle' | 'done' | 'failed'>('idle');
  const dict = useDict();
  useEffect(() => {
    if (state === 'idle') return;
    const t = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(t);
  }, [state]);
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        className={className ?? 'tg-btn-small'}
        aria-label={name}
        onClick={async () => setState((await copyText(text)) ? 'done' : 'failed')}
      >
        {label}
      </button>
      <span role="status" className={`text-sm ${state === 'failed' ? 'text-red-800' : 'text-emerald-800'}`}>
        {state === 'done' ? dict.copied : state === 'failed' ? dict.copyFailed : ''}
      </span>
    </span>
  );
}
