import { useDict } from '@/lib/shared/i18n/context.client';
import { findStep } from '@/lib/flow/walk';
import { StepDrawing } from '../player/step-drawing';
import { useGuide } from '../state/guide-context';

/**
 * The small drawing of the screen that tells a version apart, for “看图认版本”. Drawn in the browser
 * when a reader opens the pictures (VersionPictures loads this lazily): the page carries none of it.
 */
export default function VersionDrawing({ step: id }: { step: string }) {
  const { flow, screens } = useGuide();
  const t = useDict();
  const step = findStep(flow, id)!;
  return <StepDrawing step={step} screen={screens[step.screen]!} label={step.title} t={t} />;
}
