import type { Os } from '@/lib/shared/constants';
import type { Block, ScreenData } from '@/lib/shared/types';
import { PhoneButton, ProfileHeader, Skeleton, TextBlock } from './basic-blocks';
import { FaceScanView } from './face-scan';
import { FormFields } from './form-fields';
import { GridTiles } from './grid-tiles';
import { ListCells } from './list-cells';
import { NavBar } from './nav-bar';
import { ChatView } from './chat-view';
import { ActionSheet, Dialog, Drawer, Toast } from './overlays';
import { PinPadView } from './pin-pad';
import { ResultPage } from './result-page';
import { StatusBar, SystemBar } from './status-bar';
import { TabBar } from './tab-bar';
import type { TapApi } from './tap';

/**
 * Screens render from data with no hooks, so the same code draws the static screens in the
 * server HTML (readable without JavaScript) and the live screen in the player.
 */

function BlockView({ block, lang, tap }: { block: Block; lang: ScreenData['lang']; tap?: TapApi }) {
  switch (block.type) {
    case 'profile':
      return <ProfileHeader block={block} tap={tap} />;
    case 'cells':
      return <ListCells block={block} tap={tap} />;
    case 'tiles':
      return <GridTiles block={block} tap={tap} />;
    case 'button':
      return <PhoneButton block={block} tap={tap} />;
    case 'fields':
      return <FormFields block={block} lang={lang} tap={tap} />;
    case 'text':
      return <TextBlock block={block} />;
    case 'pinpad':
      return <PinPadView block={block} tap={tap} />;
    case 'facescan':
      return <FaceScanView block={block} tap={tap} />;
    case 'result':
      return <ResultPage block={block} />;
    case 'skeleton':
      return <Skeleton lines={block.lines} />;
    case 'chat':
      return <ChatView block={block} tap={tap} />;
  }
}

/** The page under any overlay: status bar, nav bar, content, tab bar. */
export function ScreenBase({ screen, skin, tap }: { screen: ScreenData; skin: Os; tap?: TapApi }) {
  const bg = screen.background === 'plain' ? 'bg-white' : 'bg-[#ededed]';
  const brandNav = screen.nav?.tone === 'brand';
  return (
    <div className={`absolute inset-0 flex flex-col ${bg}`} lang={screen.lang === 'en' ? 'en' : 'zh-CN'} data-theme={screen.theme}>
      <div className={brandNav ? 'bg-(--tg-brand)' : ''}>
        {screen.statusBar && <StatusBar skin={skin} tone={brandNav ? 'brand' : 'plain'} />}
        {screen.nav && <NavBar {...screen.nav} skin={skin} tap={tap} />}
      </div>
      <div className="min-h-0 flex-1 overflow-hidden">
        {screen.body.map((b, i) => (
          <BlockView key={i} block={b} lang={screen.lang} tap={tap} />
        ))}
      </div>
      {screen.tabs && <TabBar items={screen.tabs.items} active={screen.tabs.active} lang={screen.lang} tap={tap} />}
      <div className={screen.tabs ? 'bg-[#f7f7f7]' : ''}>
        <SystemBar skin={skin} />
      </div>
    </div>
  );
}

/** The dimmed backdrop and the sheet, dialog or toast on top of the page. */
export function ScreenOverlay({ screen, tap }: { screen: ScreenData; tap?: TapApi }) {
  const overlay = screen.overlay;
  if (!overlay) return null;
  return (
    <div className="absolute inset-0" data-theme={screen.theme} lang={screen.lang === 'en' ? 'en' : 'zh-CN'}>
      {overlay.type !== 'toast' && <div aria-hidden="true" className="absolute inset-0 bg-black/45" />}
      {overlay.type === 'sheet' && <ActionSheet overlay={overlay} tap={tap} />}
      {overlay.type === 'drawer' && <Drawer overlay={overlay} tap={tap} />}
      {overlay.type === 'dialog' && <Dialog overlay={overlay} tap={tap} />}
      {overlay.type === 'toast' && <Toast overlay={overlay} />}
    </div>
  );
}

/** A whole screen, for static rendering. */
export function ScreenView({ screen, skin, tap }: { screen: ScreenData; skin: Os; tap?: TapApi }) {
  return (
    <>
      <ScreenBase screen={screen} skin={skin} tap={tap} />
      <ScreenOverlay screen={screen} tap={tap} />
    </>
  );
}

/** Which page a screen is drawn on: an overlay screen that extends another shares its page, so only the overlay animates. */
export function pageKey(name: string, screen: ScreenData): string {
  return screen.overlay && screen.extends ? screen.extends : name;
}
