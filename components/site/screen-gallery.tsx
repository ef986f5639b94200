import { PhoneFrame } from '@/components/phone/phone-frame';
import { ScreenView } from '@/components/phone/screen-view';
import type { GalleryScreen } from '@/lib/server/source';
import { OS_VALUES } from '@/lib/shared/constants';
import { screenElements } from '@/lib/shared/screen-elements';
import { CopyButton } from './copy-button.client';
import { GalleryFilter } from './gallery-filter.client';

/**
 * The screen gallery for editors: every screen in content/screens, in the iOS and Android skins,
 * each tappable element labelled with its id, the name to write in screen="…", and the steps
 * that draw it. A filter narrows the list.
 */
export function ScreenGallery({ screens }: { screens: GalleryScreen[] }) {
  return (
    <div className="py-8">
      <h1 className="text-2xl font-bold text-stone-900">画面库</h1>
      <p className="mt-2 max-w-3xl text-stone-700">
        给编辑用：这里是 content/screens 里的每一个画面，和用到它的教程步骤。步骤里写 <code>screen=&quot;名字&quot;</code>，要点的元素写{' '}
        <code>tap=&quot;id&quot;</code>，id
        标在画面上的蓝色小标签里。灰条是来源没有写到的菜单项。改一个画面之前，先看“用在”列出的步骤。怎样新增画面见 docs/editing.md。
      </p>
      <GalleryFilter words={Object.fromEntries(screens.map((s) => [s.name, s.words]))}>
        {screens.map((s) => (
          <ScreenCard key={s.name} {...s} />
        ))}
      </GalleryFilter>
    </div>
  );
}

function ScreenCard({ name, screen, usedBy }: GalleryScreen) {
  const ids = screenElements(screen);
  return (
    <section
      aria-labelledby={`screen-${name}`}
      className="tg-gallery-card mt-4 rounded-2xl border border-stone-200 bg-white p-4 lg:grid lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)] lg:gap-6"
      data-screen-name={name}
    >
      <div>
        <div className="flex flex-wrap items-center gap-2">
          <h2 id={`screen-${name}`}>
            <code className="rounded bg-stone-100 px-2 py-0.5 font-mono text-[15px] text-stone-900">{name}</code>
          </h2>
          <CopyButton text={name} label="复制名字" name={`复制画面名 ${name}`} />
        </div>
        {screen.description && <p className="mt-2 text-sm text-stone-700">{screen.description}</p>}
        <p className="mt-2 text-sm text-stone-700">可点的元素：{ids.length ? ids.map((e) => `${e.id}（${e.label}）`).join('、') : '无'}</p>
        <div className="mt-2 text-sm text-stone-700" data-used-by="">
          {usedBy.length ? (
            <>
              <p className="font-medium text-stone-800">用在（改这个画面会改变这些步骤）：</p>
              <ul className="list-disc pl-5">
                {usedBy.map((u) => (
                  <li key={`${u.lang}:${u.guide}`} lang={u.lang === 'en' ? 'en' : undefined}>
                    {u.title}：
                    {u.steps.map((s, i) => (
                      <span key={s.id}>
                        {i > 0 && '、'}
                        <a href={s.href} className="text-emerald-800 underline underline-offset-2">
                          {s.title}
                        </a>
                        （{s.versions}）
                      </span>
                    ))}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>没有教程用到它（可能是另一个画面的底图）。</p>
          )}
        </div>
      </div>
      <div className="mt-3 grid grid-cols-2 gap-3 lg:mt-0">
        {OS_VALUES.map((skin) => (
          <figure key={skin}>
            <PhoneFrame skin={skin} label={`${name}，${skin === 'ios' ? 'iOS' : '安卓'}外观`} className="[--phone-w:100%]">
              <ScreenView screen={screen} skin={skin} tap={{ targets: [], name: (id) => id, showIds: true }} />
            </PhoneFrame>
            <figcaption className="mt-1 text-center text-xs text-stone-600">{skin === 'ios' ? 'iOS' : '安卓'}</figcaption>
          </figure>
        ))}
      </div>
    </section>
  );
}
