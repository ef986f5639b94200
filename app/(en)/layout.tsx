import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { RootDocument } from '@/components/site/root-document';
import { getProblemReport, getSiteMetadata } from '@/lib/server/source';
import '../globals.css';

/** The English edition's root layout (/en/…): <html lang="en">, the English chrome and dictionary. */
export const metadata: Metadata = getSiteMetadata('en');

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#fafaf9',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  const problems = process.env.NODE_ENV === 'development' ? getProblemReport() : undefined;
  return (
    <RootDocument lang="en" problems={problems}>
      {children}
    </RootDocument>
  );
}
