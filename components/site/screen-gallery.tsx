import { PhoneFrame } from '@/components/phone/phone-frame';
import { ScreenView } from '@/components/phone/screen-view';
import type { ScreenData } from '@/lib/shared/types';
import { screenElements } from '@/lib/shared/screen-elements';
import { CopyButton } from './copy-button.client';

/**
 * The screen gallery for editors: every screen in content/screens, in the iOS and Android skins,
 * each tappable element labelled with its id, and the name to write in screen="…".
 */
export function ScreenGallery({ screens }: { screens: Record<string, ScreenData> }) {
  const names = Object.keys(screens).sort();
  const groups = [...new Set(names.map((n) => n.split('/')[0]!))];
  return (
    <div className="py-8">
      <h1 className="text-2xl font-bold text-stone-900">画面库</h1>
      <p className="mt-2 max-w-3xl text-stone-700">
        给编辑用：这里是 content/screens 里的每一个画面。步骤里写 <code>screen=&quot;名字&quot;</code>，要点的元素写 <code>tap=&quot;id&quot;</code>，id 标在画面上的蓝色小标签里。灰条是我们没有来源的菜单项。怎样新增画面见 docs/editing.md。
      </p>
      <nav aria-label="按 App" className="mt-3 flex flex-wrap gap-2 text-sm">
        {groups.map((g) => (
          <a key={g} href={`#group-${g}`} className="tg-btn-small inline-flex items-center">
            {g}（{names.filter((n) => n.startsWith(`${g}/`)).length}）
          </a>
        ))}
      </nav>
      {groups.map((g) => (
        <section key={g} id={`group-${g}`} aria-labelledby={`group-${g}-title`} className="mt-8">
          <h2 id={`group-${g}-title`} className="text-xl font-semibold text-stone-900">
            {g}
          </h2>
          <ul className="mt-3 grid gap-4 md:grid-cols-2 xl:grid-cols-3">
            {names
              .filter((n) => n.startsWith(`${g}/`))
              .map((name) => (
                <ScreenCard key={name} name={name} screen={screens[name]!} />
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function ScreenCard({ name, screen }: { name: string; screen: ScreenData }) {
  const ids = screenElements(screen);
  return (
    <li className="tg-gallery-card rounded-2xl border border-stone-200 bg-white p-4" data-screen-name={name}>
      <div className="flex flex-wrap items-center gap-2">
        <h3>
          <code className="rounded bg-stone-100 px-2 py-0.5 font-mono text-[15px] text-stone-900">{name}</code>
        </h3>
        <CopyButton text={name} label="复制名字" name={`复制画面名 ${name}`} />
      </div>
      {screen.description && <p className="mt-2 text-sm text-stone-700">{screen.description}</p>}
      <p className="mt-2 text-sm text-stone-700">
        可点的元素：{ids.length ? ids.map((e) => `${e.id}（${e.label}）`).join('、') : '无'}
      </p>
      <div className="mt-3 grid grid-cols-2 gap-3">
        {(['ios', 'android'] as const).map((skin) => (
          <figure key={skin}>
            <PhoneFrame skin={skin} label={`${name}，${skin === 'ios' ? 'iOS' : '安卓'}外观`} className="[--phone-w:100%]">
              <ScreenView screen={screen} skin={skin} tap={{ targets: [], name: (id) => id, showIds: true }} />
            </PhoneFrame>
            <figcaption className="mt-1 text-center text-xs text-stone-600">{skin === 'ios' ? 'iOS' : '安卓'}</figcaption>
          </figure>
        ))}
      </div>
    </li>
  );
}
