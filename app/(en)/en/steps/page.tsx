import type { Metadata } from 'next';
import { StepFinder } from '@/components/site/step-finder.client';
import { getEnStepRows, getPageMetadata } from '@/lib/server/source';

export const metadata: Metadata = getPageMetadata('en-steps');

export default function EnglishStepsPage() {
  return (
    <div className="mx-auto max-w-3xl py-6">
      <h1 className="text-2xl font-bold text-stone-900">Every step</h1>
      <p className="mt-2 text-stone-700">
        For helpers: find the step someone is stuck on and send its link, or let them scan its QR code. The link opens that step on the
        chosen version and phone.
      </p>
      <StepFinder rows={getEnStepRows()} />
    </div>
  );
}
