import 'server-only';
import type { Rule } from '../rule';
import { allowedHtml } from './allowed-html';
import { boldMarkers } from './bold-markers';
import { calloutType } from './callout-type';
import { choiceOptions } from './choice-options';
import { confidenceValue } from './confidence-value';
import { hasSteps } from './has-steps';
import { knownComponent } from './known-component';
import { knownProps } from './known-props';
import { noEsm } from './no-esm';
import { noExpression } from './no-expression';
import { noFragment } from './no-fragment';
import { noRemoteImage } from './no-remote-image';
import { osValue } from './os-value';
import { placement } from './placement';
import { propSyntax } from './prop-syntax';
import { requiredProps } from './required-props';
import { stepId } from './step-id';
import { stepSources } from './step-sources';
import { uniqueStepId } from './unique-step-id';

/**
 * Every rule of the MDX check, one per file, each with a fixture pair under
 * tests/fixtures/checker/guides/<rule-file-name>[.<case>].mdx (tests/unit/checker.test.ts).
 */
export const RULES: Record<string, Rule> = {
  'allowed-html': allowedHtml,
  'bold-markers': boldMarkers,
  'callout-type': calloutType,
  'choice-options': choiceOptions,
  'confidence-value': confidenceValue,
  'has-steps': hasSteps,
  'known-component': knownComponent,
  'known-props': knownProps,
  'no-esm': noEsm,
  'no-expression': noExpression,
  'no-fragment': noFragment,
  'no-remote-image': noRemoteImage,
  'os-value': osValue,
  placement,
  'prop-syntax': propSyntax,
  'required-props': requiredProps,
  'step-id': stepId,
  'step-sources': stepSources,
  'unique-step-id': uniqueStepId,
};
