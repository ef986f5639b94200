import { useDict } from '@/lib/shared/i18n/context.client';
import { telltaleSteps } from '@/lib/flow/telltale';
import type { Flow, FlowStep } from '@/lib/flow/types';
import { StepDrawing } from '../player/step-drawing';
import { useGuide } from '../state/guide-context';

const telltales = new WeakMap<Flow, Record<string, FlowStep | undefined>>();

/**
 * The small drawing of the screen that tells a version apart, for “看图认版本”. Drawn in the browser
 * when a reader opens the pictures (VersionPictures loads this lazily): the page carries none of it.
 */
export default function VersionDrawing({ variant }: { variant: string }) {
  const { flow, meta, screens } = useGuide();
  const t = useDict();
  if (!telltales.has(flow))
    telltales.set(
      flow,
      telltaleSteps(
        flow,
        meta.variants.map((v) => v.id),
      ),
    );
  const step = telltales.get(flow)![variant];
  if (!step) return null;
  return <StepDrawing step={step} screen={screens[step.screen]!} label={step.title} t={t} />;
}
