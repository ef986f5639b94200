import Link from 'next/link';

export const metadata = { title: '找不到这个页面' };

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-5xl font-bold text-emerald-700">404</p>
      <h1 className="mt-4 text-2xl font-bold text-stone-900">找不到这个页面</h1>
      <p className="mt-3 text-stone-700">链接可能写错了，或者这一页已经搬走。可以回到首页找你要的教程。</p>
      <Link href="/" className="tg-btn tg-btn-primary mt-6">
        回到首页
      </Link>
    </div>
  );
}
