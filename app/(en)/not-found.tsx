import Link from 'next/link';
import { en } from '@/lib/shared/i18n/en';

export const metadata = { title: en.notFoundTitle };

/** An English page asked for something that is not there (notFound() under /en/). */
export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-5xl font-bold text-emerald-700">404</p>
      <h1 className="mt-4 text-2xl font-bold text-stone-900">{en.notFoundTitle}</h1>
      <p className="mt-3 text-stone-700">{en.notFoundText}</p>
      <Link href="/en/" className="tg-btn tg-btn-primary mt-6">
        {en.notFoundHome}
      </Link>
    </div>
  );
}
