import Link from 'next/link';
import { SearchBox } from './search-box.client';
import { TextSizeControl } from './text-size.client';

export function SiteHeader() {
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex h-12 max-w-6xl items-center gap-3 px-4">
        <Link href="/" className="flex shrink-0 items-center gap-2 font-bold text-stone-900">
          <span aria-hidden="true" className="grid size-7 place-items-center rounded-lg bg-emerald-700 text-sm text-white">
            点
          </span>
          Tapguide
        </Link>
        <span className="hidden truncate text-sm text-stone-600 md:inline">微信 · QQ 实名图解</span>
        <div className="only-js ml-auto flex min-w-0 flex-1 items-center justify-end gap-2" data-pagefind-ignore="">
          <SearchBox />
          <TextSizeControl />
        </div>
      </div>
    </header>
  );
}

export function SiteFooter() {
  return (
    <footer className="border-t border-stone-200 bg-white">
      <div className="mx-auto max-w-6xl space-y-1 px-4 py-6 text-sm text-stone-600">
        <p>Tapguide 是非官方教程，与腾讯公司无关。手机画面是画出来的示意图，不是截图；示例姓名和证件号都是假的。</p>
        <p>本站不收集任何信息：没有统计、没有 Cookie，只在你的浏览器里记住你选的版本和系统。</p>
        <p>
          给客服：
          {/* Plain links: a <Link> would prefetch these big pages' payloads on every page (scripts/prune-rsc.ts). */}
          <a href="/steps/" className="underline underline-offset-2">
            全部步骤的链接和二维码
          </a>
          <span aria-hidden="true"> · </span>
          给编辑：
          <a href="/screens/" className="underline underline-offset-2">
            画面库
          </a>
        </p>
      </div>
    </footer>
  );
}
