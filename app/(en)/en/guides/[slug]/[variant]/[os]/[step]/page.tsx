import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AliasRedirect } from '@/components/guide/page/alias-redirect';
import { StepPage } from '@/components/guide/page/step-page';
import { getEnStepParams, getEnStepView, type StepParams } from '@/lib/server/source';

type Props = { params: Promise<StepParams> };

export const dynamicParams = false;
export const generateStaticParams = getEnStepParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return getEnStepView(await params)?.metadata ?? {};
}

export default async function Page({ params }: Props) {
  const view = getEnStepView(await params);
  if (!view) notFound();
  if (view.kind === 'alias') return <AliasRedirect to={view.to} title={view.title} lang="en" />;
  return <StepPage view={view} />;
}
