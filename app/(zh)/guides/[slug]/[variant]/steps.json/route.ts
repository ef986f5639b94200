import { renderGuide } from '@/components/guide/article/render-guide';
import { getGuideView, getVersionStepsParams } from '@/lib/server/source';

type Params = { params: Promise<{ slug: string; variant: string }> };

/**
 * A version's steps' text as JSON (components/guide/article/step-body-json.ts): a guide page carries
 * its own version's, and loads another's from here when the reader switches to it. Written as a
 * static file by the export.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = getVersionStepsParams;

export async function GET(_request: Request, { params }: Params) {
  const { slug, variant } = await params;
  const view = getGuideView(slug);
  if (!view || !view.versions.some((v) => v.id === variant)) return new Response('Not found', { status: 404 });
  const { bodies } = await renderGuide(view.guide, view.provenance, variant);
  return Response.json(bodies);
}
