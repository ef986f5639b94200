import type { ClientDict } from '@/lib/shared/i18n/client-dict';
import { renderToStaticMarkup } from 'react-dom/server';
import { DictProvider } from '@/lib/shared/i18n/context.client';
import type { ControlLinks } from '@/lib/shared/types';
import { GuideContext, type GuideContextValue } from '../state/guide-context';
import { ServerPlayer } from './server-player';

/**
 * The drawn phone as HTML, for the server render of `PlayerSlot` only (it imports this module when
 * `typeof window` is 'undefined', which the browser bundle folds away). As a string it is in the
 * page's HTML and nowhere else: a React element here would travel a second time in the RSC payload.
 */
export function drawnPlayerHtml(guide: GuideContextValue, t: ClientDict, links?: ControlLinks): string {
  return renderToStaticMarkup(
    <DictProvider dict={t}>
      <GuideContext value={guide}>
        <ServerPlayer meta={guide.meta} flow={guide.flow} screens={guide.screens} bodies={guide.bodies} links={links} />
      </GuideContext>
    </DictProvider>,
    // Its ids (none today) cannot collide with the page's own useId ones.
    { identifierPrefix: 'drawn-' },
  );
}
