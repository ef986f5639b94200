import { Children, isValidElement, type ReactElement, type ReactNode } from 'react';
import type { Dict } from '@/lib/shared/i18n/zh';

/**
 * A Markdown list turned into tick boxes. They are native checkboxes outside any form: they
 * work without JavaScript, and nothing the reader ticks is kept or sent.
 */
export function Checklist({ title, children, t }: { title?: string; children: ReactNode; t: Dict }) {
  const items: ReactNode[] = [];
  Children.forEach(children, (list) => {
    if (!isValidElement<{ children?: ReactNode }>(list)) return;
    Children.forEach(list.props.children, (li) => {
      if (isValidElement<{ children?: ReactNode }>(li)) items.push((li as ReactElement<{ children?: ReactNode }>).props.children);
    });
  });
  return (
    <fieldset className="my-3 rounded-xl border border-stone-300 bg-stone-50 px-4 py-3" data-checklist="">
      <legend className="px-1 text-sm font-semibold text-stone-900">{title ?? t.checklistTitle}</legend>
      <ul className="list-none! space-y-1 pl-0!">
        {items.map((item, i) => (
          <li key={i}>
            <label className="flex min-h-[44px] cursor-pointer items-start gap-3 py-1">
              <input type="checkbox" className="mt-1 size-5 shrink-0 accent-emerald-700" />
              <span className="[&>p]:m-0">{item}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
