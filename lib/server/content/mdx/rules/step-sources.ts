import 'server-only';
import type { Node } from 'unist';
import { closest } from '../../check/closest';
import { blockedBy } from '../../load/register';
import { problem, type Problem } from '../../problem';
import { isJsx, textProps } from '../jsx';
import type { Rule } from '../rule';
import { isStepNode } from './step-node';

/** Some <Callout type="unverified"> inside the step tells readers what is not verified. */
function saysUnverified(node: Node): boolean {
  if (isJsx(node) && node.name === 'Callout' && textProps(node).type?.value === 'unverified') return true;
  return 'children' in node && Array.isArray(node.children) && node.children.some((c: Node) => saysUnverified(c));
}

/**
 * Every step names the register ids it rests on (sources="s10-mtf-wiki s1-nbd-2022"), each a
 * known source that is not on a blocked site; or says `none`, and then tells readers so. A step
 * whose only sources are content sites is marked confidence="low".
 */
export const stepSources: Rule = (node, ctx) => {
  if (!isStepNode(node, ctx)) return [];
  const prop = textProps(node).sources;
  if (!prop?.value.trim()) return []; // missing or empty: required-props says so
  const ids = prop.value.split(/\s+/).filter(Boolean);
  const { file, register } = ctx;
  if (ids.includes('none')) {
    if (ids.length > 1) return [problem(file, prop.at, 'sources="none" cannot name sources as well', 'write either the ids, or none')];
    return saysUnverified(node) ? [] : [problem(file, prop.at, 'this step rests on no source (sources="none") but does not tell readers', 'add a <Callout type="unverified"> inside the step saying what is not verified')];
  }
  const problems: Problem[] = [];
  const known = Object.keys(register.sources);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) < i) return void problems.push(problem(file, prop.at, `source "${id}" is named twice`, 'name each source once, best first'));
    const source = register.sources[id];
    if (!source) return void problems.push(problem(file, prop.at, `source "${id}" is not in content/sources.yaml`, closest(id, known) ?? 'add it to the register first'));
    const bad = source.url ? blockedBy(source.url, register.blocked) : undefined;
    if (bad) problems.push(problem(file, prop.at, `source "${id}" is on a blocked site (${bad.domain})`, bad.why));
  });
  // A step only content sites describe may be shown, but never as surer than they are: readers see the low badge.
  const cited = ids.flatMap((id) => (register.sources[id] ? [register.sources[id]] : []));
  if (!problems.length && cited.length && cited.every((s) => s.kind === 'content-site') && textProps(node).confidence?.value !== 'low')
    problems.push(problem(file, prop.at, 'this step rests only on content sites (网页教程)', 'cite a better source, or mark the step confidence="low" and say in its text that only 网页教程 describe it'));
  return problems;
};
