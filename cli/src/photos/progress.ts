/**
 * Progress of a photos run: a bar on a terminal (cli-progress, on stderr), plain lines when the
 * output goes to a file or a CI log, nothing with --quiet.
 */
import { SingleBar } from 'cli-progress';

export class PhotosProgress {
  private bar?: SingleBar;

  constructor(private readonly quiet: boolean) {}

  update({ file, done, total, state }: { file: string; done: number; total: number; state: string }): void {
    if (this.quiet) return;
    if (!process.stderr.isTTY) {
      process.stderr.write(`photos: [${done}/${total}] ${file} (${state})\n`);
      return;
    }
    if (!this.bar) {
      this.bar = new SingleBar({
        format: 'photos [{bar}] {value}/{total} {file}',
        stream: process.stderr,
        hideCursor: true,
        clearOnComplete: true,
      });
      this.bar.start(total, 0, { file: '' });
    }
    this.bar.update(done, { file });
  }

  stop(): void {
    this.bar?.stop();
  }
}
