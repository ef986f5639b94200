import 'server-only';
/**
 * The components editors may use in a guide, with their props. The checker validates MDX
 * against this table and docs/editing.md documents it; the UI implements it in
 * components/guide/mdx-components.tsx.
 */
export interface PropSpec {
  required?: boolean;
  doc: string;
}

export interface ComponentSpec {
  doc: string;
  props: Record<string, PropSpec>;
  /** Where it may appear: at the top level of the guide, or only inside another component. */
  placement: 'top' | 'anywhere' | { inside: string };
}

const scope = {
  variants: { doc: 'Space-separated variant ids this applies to (default: all).' },
  os: { doc: '`ios` or `android` when it applies to one OS only (default: both).' },
} satisfies Record<string, PropSpec>;

export const COMPONENTS = {
  Step: {
    doc: 'One step: a title (the action), text, and the screen with the element to tap. A step without `tap` is an end.',
    placement: 'top',
    props: {
      id: { required: true, doc: 'Stable kebab-case id, unique in the guide; links use it (#id). Never reuse or rename.' },
      title: { required: true, doc: 'The action, e.g. 点击“服务”.' },
      screen: { required: true, doc: 'Screen name from content/screens, e.g. wechat/me-v8.' },
      tap: { doc: 'Id of the element to tap on that screen. Leave out on the last step.' },
      next: { doc: 'Id of the step a tap leads to, when it is not the next one in the file.' },
      confidence: { doc: '`low` or `medium` when this step is less sure than the guide; readers are told.' },
      sources: {
        required: true,
        doc: 'Space-separated ids from content/sources.yaml that support this step, best source first; `none` when no source does (the step must then say so in a <Callout type="unverified">).',
      },
      ...scope,
    },
  },
  Choice: {
    doc: 'A step where the reader chooses; contains two or more <Option>.',
    placement: 'top',
    props: {
      id: { required: true, doc: 'Stable kebab-case id, as for Step.' },
      title: { required: true, doc: 'The question or instruction.' },
      screen: { required: true, doc: 'Screen name; each option’s `tap` is an element on it.' },
      confidence: { doc: 'As for Step.' },
      sources: { required: true, doc: 'As for Step: the register ids behind the question and its options, best first, or `none`.' },
      ...scope,
    },
  },
  Option: {
    doc: 'One answer of a <Choice>.',
    placement: { inside: 'Choice' },
    props: {
      label: { required: true, doc: 'What the reader chooses, e.g. 右上角“···”.' },
      tap: { required: true, doc: 'Element id on the choice’s screen.' },
      to: { required: true, doc: 'Id of the step this option leads to.' },
    },
  },
  Only: {
    doc: 'Text shown only for some variants or one OS.',
    placement: 'anywhere',
    props: { ...scope },
  },
  Checklist: {
    doc: 'A list of things to check before going on, each with a tick box the reader can tick (nothing is saved). Write a Markdown list inside.',
    placement: 'anywhere',
    props: {
      title: { doc: 'Optional heading, e.g. 注销前请确认.' },
    },
  },
  Callout: {
    doc: 'A boxed note. type="safety" for safety warnings, "note" for background, "unverified" for labels not yet checked.',
    placement: 'anywhere',
    props: {
      type: { doc: '`note` (default), `safety` or `unverified`.' },
      title: { doc: 'Optional heading.' },
    },
  },
  Zh: {
    doc: 'Chinese the reader will see, inside English text: a merchant’s sign, a Chinese-interface label (<Zh>收款码</Zh>). Rendered with lang="zh-CN"; in English content every Chinese character must be inside one.',
    placement: 'anywhere',
    props: {},
  },
} satisfies Record<string, ComponentSpec>;

export type ComponentName = keyof typeof COMPONENTS;
export const COMPONENT_NAMES = Object.keys(COMPONENTS) as ComponentName[];

/**
 * The only raw HTML tags a guide may use. Everything else (script, iframe, img, video, a …) is
 * rejected: MDX compiles to code, guides stay content, and nothing may load from elsewhere.
 * Links and emphasis are written in Markdown.
 */
export const ALLOWED_HTML = ['br', 'kbd', 'sub', 'sup'];

export const CALLOUT_TYPES = ['note', 'safety', 'unverified'] as const;
