/** True once something has been drawn on a canvas: how the chart benchmark knows a chart reached the screen. */
export function drawn(canvas: HTMLCanvasElement | null | undefined): boolean {
  if (!canvas || canvas.width === 0) return false;
  const pixels = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
  return Boolean(pixels?.some((v) => v !== 0));
}
