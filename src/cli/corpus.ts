/**
 * `npm run corpus -- DIR... --out FILE [--shard i/n] [--jobs N]`: parses folder trees once into a
 * prebuilt corpus that the app opens without parsing (`?corpus=URL`, or "Open corpus…").
 * `npm run corpus -- merge FILE... --out FILE`: merges shards into one corpus.
 * Files left out are listed on stderr with the reason; the exit code is 0 unless nothing was written.
 */
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { problemText } from "../lib/problem-text";
import { buildCorpus } from "./corpus-build";
import { parseShard, type Shard } from "./corpus-files";
import { mergeCorpora } from "./corpus-merge";

const USAGE = `usage: npm run corpus -- DIR... --out FILE [--shard i/n] [--jobs N]
       npm run corpus -- merge FILE... --out FILE`;

interface Arguments {
  merge: boolean;
  paths: string[];
  out: string | null;
  shard: Shard | null;
  jobs: number | undefined;
  error: string | null;
}

export function parseArguments(argv: readonly string[]): Arguments {
  const args: Arguments = {
    merge: argv[0] === "merge",
    paths: [],
    out: null,
    shard: null,
    jobs: undefined,
    error: null,
  };
  for (let i = args.merge ? 1 : 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = argv[i + 1];
    if (arg === "--out" && value) {
      args.out = value;
      i++;
    } else if (arg === "--shard" && value && !args.merge) {
      args.shard = parseShard(value);
      if (!args.shard) args.error = `--shard ${value}: give it as i/n, from 1/n to n/n`;
      i++;
    } else if (arg === "--jobs" && value && !args.merge) {
      args.jobs = Number(value);
      if (!Number.isSafeInteger(args.jobs) || args.jobs < 1) args.error = `--jobs ${value}: give a whole number from 1`;
      i++;
    } else if (arg.startsWith("--")) args.error = `${arg}: not an option of this command`;
    else args.paths.push(arg);
  }
  if (!args.error && (!args.out || !args.paths.length)) args.error = USAGE;
  return args;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const rate = (n: number) => Math.round(n).toLocaleString("en");

async function build(args: Arguments): Promise<number> {
  const summary = await buildCorpus({
    inputs: args.paths,
    out: args.out!,
    shard: args.shard,
    jobs: args.jobs,
    onSkipped: (name, problem) =>
      console.error(
        problem.kind === "same-text"
          ? `${name}: the same text as ${problem.as}, kept once`
          : problemText(problem, name, "en"),
      ),
  });
  const { header, files, failed, duplicates, seconds, jobs } = summary;
  const shard = args.shard ? ` (shard ${args.shard.index}/${args.shard.count})` : "";
  if (!header) {
    console.error(`nothing written: none of the ${files} files${shard} gave a document`);
    return 1;
  }
  const perSecond = header.articles / seconds;
  console.log(
    `${args.out}: ${header.documents} documents, ${header.articles} articles from ${files} files${shard} ` +
      `(${failed} left out, ${duplicates} repeated), ${megabytes((await stat(args.out!)).size)}, ` +
      `${seconds.toFixed(1)} s: ${rate(perSecond)} articles/s, ${rate(perSecond / jobs)} per thread (${jobs} threads)`,
  );
  return 0;
}

async function merge(args: Arguments): Promise<number> {
  const result = await mergeCorpora(args.paths, args.out!);
  if (!result.ok) {
    const { problem, file } = result;
    console.error(
      problem.kind === "other-parser"
        ? `${file} was read by parser ${problem.parserVersion}, the others by ${problem.expected}: build every shard with one version. Nothing written.`
        : problem.kind === "no-article"
          ? "nothing written: the corpora hold no document"
          : `${problemText(problem, file, "en")} Nothing written.`,
    );
    return 1;
  }
  const { header, duplicates, seconds } = result;
  console.log(
    `${args.out}: ${header.documents} documents, ${header.articles} articles from ${args.paths.length} corpora ` +
      `(${duplicates} repeated), ${megabytes((await stat(args.out!)).size)}, ${seconds.toFixed(1)} s`,
  );
  return 0;
}

/** `npm run` starts the command in the package's folder: paths are the caller's, from where npm was run. */
const here = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);
const given = parseArguments(process.argv.slice(2));
const args = { ...given, paths: given.paths.map(here), out: given.out && here(given.out) };
if (args.error) {
  console.error(args.error);
  process.exitCode = 2;
} else {
  try {
    process.exitCode = await (args.merge ? merge(args) : build(args));
  } catch (error) {
    // A folder or file given that is not there, or cannot be read or written.
    const { code, path } = error as NodeJS.ErrnoException;
    if (!code) throw error;
    console.error(
      `${path ?? "a path given"}: ${code === "ENOENT" ? "no such file or folder" : code}. Nothing written.`,
    );
    process.exitCode = 1;
  }
}
