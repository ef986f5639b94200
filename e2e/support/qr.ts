import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Locator } from '@playwright/test';

/** Reads a QR code from a PNG's pixels, the way a phone camera would. */
export function decodeQrPng(png: Buffer): string | undefined {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

/** Reads a QR code drawn on the page (a screenshot of it). */
export async function decodeQr(code: Locator): Promise<string | undefined> {
  return decodeQrPng(await code.screenshot());
}
