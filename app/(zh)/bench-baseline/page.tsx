import type { Metadata } from 'next';
import { getPageMetadata } from '@/lib/server/source';

export const metadata: Metadata = getPageMetadata('bench-baseline');

/**
 * The baseline of `npm run bench`: a page of the same stack and layout with no client component
 * of its own, so every other page's figures can be given as a ratio to it. Not linked from anywhere.
 */
export default function BenchBaseline() {
  return (
    <div className="mx-auto max-w-3xl py-8">
      <h1 className="text-2xl font-bold text-stone-900">性能基准页</h1>
      <p className="mt-3 text-stone-700" data-bench-tap="">
        这一页只给性能测试用：它和其它页面用同一套外壳，但自己没有任何交互。
      </p>
    </div>
  );
}
