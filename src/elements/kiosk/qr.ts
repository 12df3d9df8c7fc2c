/** The QR code a person scans to continue on their phone: lean-qr drawn on a canvas (no data: URL, so a strict CSP's img-src is not involved). */
import { generate } from 'lean-qr';

/** Draws `url` on `canvas` (one pixel per module; CSS scales it up, pixelated). */
export function drawQr(canvas: HTMLCanvasElement, url: string): void {
  generate(url).toCanvas(canvas, { on: [0, 0, 0, 255], off: [255, 255, 255, 255], padX: 2, padY: 2 });
}
