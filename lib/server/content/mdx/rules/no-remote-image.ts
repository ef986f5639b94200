import 'server-only';
import type { Image, ImageReference } from 'mdast';
import { problem } from '../../problem';
import { pos } from '../jsx';
import type { Rule } from '../rule';

/** Nothing may load from another site: an image (inline or by reference) must be a file of ours. */
export const noRemoteImage: Rule = (node, { file, definitions }) => {
  const url = node.type === 'image' ? (node as Image).url : node.type === 'imageReference' ? definitions.get((node as ImageReference).identifier) : undefined;
  if (!url || !/^(?:[a-z]+:)?\/\//i.test(url)) return [];
  return [problem(file, pos(node), `image loads from another site (${url.slice(0, 60)})`, 'guides load nothing from elsewhere: put images in public/ and write /path.png')];
};
