import type { Metadata } from 'next';
import { StepFinder } from '@/components/site/step-finder.client';
import { getPageMetadata, getStepRows } from '@/lib/server/source';

export const metadata: Metadata = getPageMetadata('steps');

export default function StepsPage() {
  const rows = getStepRows();
  return (
    <div className="mx-auto max-w-3xl py-6">
      <h1 className="text-2xl font-bold text-stone-900">全部步骤</h1>
      <p className="mt-2 text-stone-700">
        给客服用：找到客户卡住的那一步，复制链接发过去，或者让客户用手机扫二维码。链接会按所选的版本和手机系统打开这一步。
      </p>
      <StepFinder rows={rows} />
    </div>
  );
}
