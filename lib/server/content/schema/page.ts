import 'server-only';
import { z } from 'zod';
import { sourceSchema } from './guide';

/**
 * The frontmatter of a short page of an edition (content/en/pages/<slug>.mdx → /en/<slug>/): an
 * article with its sources and no phone. One schema gives the type, the check and docs/editing.md.
 */
export const pageFrontmatterSchema = z
  .strictObject({
    title: z.string({ error: 'title is required' }).min(1, { error: 'title must not be empty' }).describe('The page’s heading and <title>.'),
    summary: z
      .string({ error: 'summary is required' })
      .min(1)
      .max(160, { error: 'summary must be one or two lines (160 characters at most)' })
      .describe('One or two lines: the page’s description and what the home page shows under its link.'),
    sources: z
      .array(sourceSchema, { error: 'sources are required: a page names where what it says comes from' })
      .min(1, { error: 'sources are required: a page names where what it says comes from' })
      .describe('Ids from content/sources.yaml behind the page, best first; shown under it as “Sources”.'),
    updated: z
      .preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.iso.date({ error: 'updated must be a day, YYYY-MM-DD' }))
      .optional()
      .describe('The day the page was last checked against its sources, shown to readers; absent: the file’s last commit date.'),
  })
  .describe('A short page: title, summary, sources and, optionally, the day it was last checked.');
