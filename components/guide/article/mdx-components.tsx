import type { ReactNode } from 'react';
import type { Provenance } from '@/lib/server/views/provenance';
import { parseVariants } from '@/lib/shared/constants';
import type { Dict } from '@/lib/shared/i18n/zh';
import type { Confidence, Os } from '@/lib/shared/types';
import { Callout } from './callout';
import { Checklist } from './checklist';
import { OptionLink } from './option-link.client';
import { Only } from './only.client';
import { StepSection } from './step-section.client';

interface StepProps {
  id: string;
  title: string;
  screen: string;
  tap?: string;
  next?: string;
  variants?: string;
  os?: Os;
  confidence?: Confidence;
  children?: ReactNode;
}

/**
 * The components editors use in MDX (see lib/server/content/schema/components.ts for their props and
 * docs/editing.md for examples). A step's drawn screen for readers without JavaScript comes from
 * `StepSection`, out of the guide's screens.
 */
export function guideComponents(steps: Provenance['steps'], variant: string | undefined, t: Dict) {
  // A step's confidence is what its sources allow (or less, when the editor says so). Its text and
  // 依据 (render-guide.tsx's bodies) reach the section through the guide's context: the browser gets
  // them once, for the article and the phone's caption both.
  function Step({ id, title, variants, os }: StepProps) {
    return <StepSection id={id} title={title} variants={variants} os={os} confidence={steps[id]?.confidence} />;
  }

  return {
    Step,
    Choice: Step,
    Option: OptionLink,
    // A version's page leaves out what only other versions show: they load their own text.
    Only: (props: { variants?: string; os?: Os; children: ReactNode }) => {
      const only = parseVariants(props.variants);
      return variant && only && !only.includes(variant) ? null : <Only {...props} />;
    },
    Callout: (props: { type?: 'note' | 'safety' | 'unverified'; title?: string; children: ReactNode }) => <Callout {...props} t={t} />,
    Checklist: (props: { title?: string; children: ReactNode }) => <Checklist {...props} t={t} />,
    // Chinese the reader will see, on an English page: marked so voices, search and browsers treat it as Chinese.
    Zh: ({ children }: { children?: ReactNode }) => <span lang="zh-CN">{children}</span>,
    h2: ({ children }: { children?: ReactNode }) => <h2 className="mt-8 text-xl font-semibold text-stone-900">{children}</h2>,
    h3: ({ children }: { children?: ReactNode }) => <h3 className="mt-6 text-lg font-semibold text-stone-900">{children}</h3>,
    a: ({ href = '', children }: { href?: string; children?: ReactNode }) =>
      /^https?:/.test(href) ? (
        <a href={href} rel="nofollow noopener noreferrer">
          {children}
        </a>
      ) : (
        <a href={href}>{children}</a>
      ),
  };
}
