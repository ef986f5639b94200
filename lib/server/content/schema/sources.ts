import 'server-only';
import { z } from 'zod';
import { ID_PATTERN, SOURCE_KINDS } from '../../../shared/constants';

/**
 * content/sources.yaml, the register of every source a guide, a step or a screen may cite, and
 * content/blocked-sources.yaml, the sites none may cite. One schema gives the types, the checks
 * and (through the descriptions) the reference in docs/editing.md.
 */

/** How a link that is not the original relates to it; readers see the word. */
export const COPY_KINDS = ['转载', '镜像'] as const;

// YAML reads an unquoted 2026-12-07 as a Date: take it back to the day it names.
const isoDay = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'reviewed must be a day, YYYY-MM-DD' }),
);

export const sourceEntrySchema = z
  .strictObject({
    id: z.string().regex(ID_PATTERN, { error: 'id must be kebab-case' }).describe('Stable id; steps cite it. Never reuse or rename one.'),
    title: z.string().min(1).describe('What readers see: the original’s own title, in its own language (Chinese or English).'),
    url: z.url({ protocol: /^https?$/, error: 'url must be a full http(s) address' }).optional().describe('Where a reader can open it.'),
    date: z
      // YAML reads a bare year (2021) as a number.
      .preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, { error: 'date must be YYYY, YYYY-MM or YYYY-MM-DD' }))
      .optional()
      .describe('Publication or last update.'),
    publisher: z
      .string()
      .min(1)
      .optional()
      .describe('Who published the original (中新财经, 每日经济新闻 …). Required when the link is a copy: readers see the original’s name, not the copy site’s.'),
    copy: z
      .enum(COPY_KINDS, { error: `copy must be one of: ${COPY_KINDS.join(', ')}` })
      .optional()
      .describe('Set when `url` is not the original but a copy on another site: 转载 (a site republished it, credited) or 镜像 (a page-for-page mirror). `title`, `publisher` and `date` are then the original’s.'),
    reviewed: isoDay
      .optional()
      .describe('When an editor last opened the link and found the page clean (no spam around it, not put together by machine) and on topic; for a source without a link, when its record was last checked. `npm run check` refuses a source without it and warns when it is over a year old.'),
    kind: z.enum(SOURCE_KINDS, { error: `kind must be one of: ${SOURCE_KINDS.join(', ')}` }).describe('How far a reader may trust it; it caps the confidence of what rests on it.'),
    supports: z.string().min(1).describe('In our own words: what this source supports that our guides use.'),
  })
  .describe('One source.');

export const registerSchema = z.array(sourceEntrySchema, { error: 'the register is a list of sources' });

export const blockedSchema = z.array(
  z.strictObject({
    domain: z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, { error: 'domain must be a host name like example.com' }),
    why: z.string().min(1),
  }),
);

export const bannedClaimsSchema = z.array(
  z.strictObject({
    pattern: z.string().min(2).describe('A regular expression (JavaScript syntax) matched against every line of guides and screens.'),
    claim: z.string().min(1).describe('The claim, as it circulates.'),
    why: z.string().min(1).describe('Why it must not appear as fact, in our words.'),
    hint: z.string().optional().describe('What to write instead.'),
  }),
);
