import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AliasRedirect } from '@/components/guide/page/alias-redirect';
import { StepPage } from '@/components/guide/page/step-page';
import { getStepParams, getStepView, type StepParams } from '@/lib/server/source';

type Props = { params: Promise<StepParams> };

export const dynamicParams = false;
export const generateStaticParams = getStepParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return getStepView(await params)?.metadata ?? {};
}

export default async function Page({ params }: Props) {
  const view = getStepView(await params);
  if (!view) notFound();
  if (view.kind === 'alias') return <AliasRedirect to={view.to} title={view.title} />;
  return <StepPage view={view} />;
}
