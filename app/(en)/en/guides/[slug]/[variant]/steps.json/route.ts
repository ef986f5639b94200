import { renderGuide } from '@/components/guide/article/render-guide';
import { getEnGuideView, getEnVersionStepsParams } from '@/lib/server/source';

type Params = { params: Promise<{ slug: string; variant: string }> };

/** An English guide version's steps' text as JSON, as app/(zh)/guides/[slug]/[variant]/steps.json/route.ts. */
export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = getEnVersionStepsParams;

export async function GET(_request: Request, { params }: Params) {
  const { slug, variant } = await params;
  const view = getEnGuideView(slug);
  if (!view || !view.versions.some((v) => v.id === variant)) return new Response('Not found', { status: 404 });
  const { bodies } = await renderGuide(view.guide, view.provenance, variant);
  return Response.json(bodies);
}
