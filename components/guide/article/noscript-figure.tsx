import type { ClientDict } from '@/lib/shared/i18n/client-dict';
import type { ScreenData } from '@/lib/shared/types';
import type { FlowStep } from '@/lib/flow/types';
import { format } from '@/lib/shared/i18n/format';
import { StepDrawing } from '../player/step-drawing';

/** A step's screen as readers without JavaScript see it in the article, under the step's text. */
export default function NoScriptFigure({ step, screen, t }: { step: FlowStep; screen: ScreenData; t: ClientDict }) {
  return (
    <figure className="max-w-[260px]">
      <StepDrawing step={step} screen={screen} label={format(t.drawnScreen, { title: step.title })} t={t} />
      <figcaption className="mt-1 text-xs text-stone-600">{t.drawnCaption}</figcaption>
    </figure>
  );
}
