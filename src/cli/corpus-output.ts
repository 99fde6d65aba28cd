/**
 * Writes a corpus file as its documents come: their lines are compressed in gzip members of a
 * few megabytes (by Node's zlib, in its thread pool, so the parse keeps the cores) into a file
 * beside the output; once they are counted, the output is the header's member then those.
 * Gzip reads members one after another as one stream (docs/corpus-file.md).
 */
import { createReadStream, createWriteStream } from "node:fs";
import { open, rm, type FileHandle } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { corpusHeader, gzipText, headerLine, type CorpusHeader } from "../db/corpus-file";

const gzipAsync = promisify(gzip);
const MEMBER_CHARS = 4 * 1024 * 1024;

export class CorpusOutput {
  private readonly body: string;
  private file: Promise<FileHandle>;
  private written: Promise<void> = Promise.resolve();
  private pending: string[] = [];
  private pendingChars = 0;
  documents = 0;
  articles = 0;

  constructor(private readonly out: string) {
    this.body = `${out}.${process.pid}.part`;
    this.file = open(this.body, "w");
  }

  add(line: string, articles: number): void {
    this.pending.push(line);
    this.pendingChars += line.length;
    this.documents++;
    this.articles += articles;
    if (this.pendingChars >= MEMBER_CHARS) this.compress();
  }

  private compress(): void {
    if (!this.pending.length) return;
    const compressed = gzipAsync(Buffer.from(this.pending.join(""), "utf8"), { level: 6 });
    this.pending = [];
    this.pendingChars = 0;
    this.written = this.written.then(async () => {
      await (await this.file).write(await compressed);
    });
  }

  /** Writes the output (the header, then the documents) and returns its header. */
  async finish(parserVersion: string, now = new Date()): Promise<CorpusHeader> {
    this.compress();
    await this.written;
    await (await this.file).close();
    const header = corpusHeader(parserVersion, this.documents, this.articles, now);
    const output = createWriteStream(this.out);
    output.write(gzipText(headerLine(header)));
    await pipeline(createReadStream(this.body), output);
    await rm(this.body);
    return header;
  }

  /** Nothing to write: the partial file goes, and no output is made. */
  async abandon(): Promise<void> {
    await this.written.catch(() => undefined);
    await (await this.file).close();
    await rm(this.body, { force: true });
  }
}
