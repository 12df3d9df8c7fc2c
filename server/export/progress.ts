/**
 * How far an export has come, on standard error, in its three parts (the operators' files, the
 * search's shards, each holding every operator whose name has its character or pair of characters,
 * then the regions', which take about as long as the operators' though they are a thousand times
 * fewer): on a terminal, a bar for each part redrawn in place every 100 written and whenever it
 * grows; in a log (systemd, cron, a file), where a redrawn bar is one long line, a line at each tenth
 * of each part, with the time so far: a national export takes a quarter of an hour.
 */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export type ExportPart = 'operators' | 'search' | 'regions';

const NAMES: Record<ExportPart, string> = { operators: '经营者', search: '搜索索引', regions: '地区' };

export type ExportProgress = (part: ExportPart, done: number, total: number) => void;

export function exportProgress(stream: ProgressStream, now: () => number = () => performance.now()): ExportProgress {
  if (stream.isTTY) {
    const width = 30;
    let drawn = -1;
    return (part, done, total) => {
      const filled = Math.round((done / total) * width);
      // Every 100, and whenever the bar grows: the regions, fewer than 100, take minutes.
      if (done % 100 !== 0 && done !== total && filled === drawn) return;
      drawn = done === total ? -1 : filled;
      stream.write(`\r  ${NAMES[part]} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}`);
      if (done === total) stream.write('\n');
    };
  }
  const started = now();
  const tenths: Record<ExportPart, number> = { operators: 0, search: 0, regions: 0 };
  return (part, done, total) => {
    const reached = Math.floor((done * 10) / total);
    if (reached <= tenths[part]) return;
    tenths[part] = reached;
    const seconds = Math.round((now() - started) / 1000);
    stream.write(`导出进度（${NAMES[part]}）${reached * 10}%：${done} / ${total}，已用 ${seconds} 秒\n`);
  };
}
