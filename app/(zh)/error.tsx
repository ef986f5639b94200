'use client';

import Link from 'next/link';

/**
 * A page that failed to render, inside the layout. Content problems do not land here (the
 * layout lists them in development, and the build refuses them); this is for anything else.
 * In development it prints the error's message as well.
 */
export default function PageError({ error, reset }: { error: Error; reset: () => void }) {
  const dev = process.env.NODE_ENV === 'development';
  return (
    <div className="mx-auto max-w-3xl py-16">
      <h1 className="text-center text-2xl font-bold text-stone-900">这一页没能显示</h1>
      {dev ? (
        <pre
          className="mt-6 overflow-x-auto whitespace-pre-wrap rounded-xl border border-red-200 bg-red-50 p-4 text-sm text-red-950"
          data-page-error=""
        >
          {error.message}
        </pre>
      ) : (
        <p className="mt-3 text-center text-stone-700">可以刷新再试一次；如果一直这样，回到首页找你要的教程。</p>
      )}
      <div className="mt-6 flex justify-center gap-3">
        <button type="button" className="tg-btn tg-btn-primary" onClick={() => reset()}>
          再试一次
        </button>
        <Link href="/" className="tg-btn">
          回到首页
        </Link>
      </div>
    </div>
  );
}
