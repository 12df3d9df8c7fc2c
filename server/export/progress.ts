/**
 * How far an export has come, on standard error: on a terminal, a bar redrawn in place every 100
 * operators and regions written; in a log (systemd, cron, a file), where a redrawn bar is one long
 * line, a line at each tenth, with the time so far: a national export takes a quarter of an hour.
 */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export function exportProgress(stream: ProgressStream, now: () => number = () => performance.now()): (done: number, total: number) => void {
  if (stream.isTTY)
    return (done, total) => {
      if (done % 100 !== 0 && done !== total) return;
      const width = 30;
      const filled = Math.round((done / total) * width);
      stream.write(`\r  [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}（经营者与地区）`);
      if (done === total) stream.write('\n');
    };
  const started = now();
  let tenths = 0;
  return (done, total) => {
    const reached = Math.floor((done * 10) / total);
    if (reached <= tenths) return;
    tenths = reached;
    const seconds = Math.round((now() - started) / 1000);
    stream.write(`导出进度 ${reached * 10}%：${done} / ${total}（经营者与地区），已用 ${seconds} 秒\n`);
  };
}
