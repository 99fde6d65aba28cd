/// <reference lib="webworker" />
/** The worker: the services behind one comlink endpoint, off the page's thread. */
import { prepareDocument } from "../db/prepare";
import { decodeFile } from "../ingest/decode-file";
import { createTifaApi, type ParseDocument } from "../services";
import { serve } from "./endpoint";
import { ParsePool } from "./parse-pool";

const pool = new ParsePool();
// A pool that cannot start (a browser without nested workers) leaves parsing to this thread.
const parse: ParseDocument = (doc, budgetMs) => pool.prepare(doc, budgetMs).catch(() => prepareDocument(doc, budgetMs));

// PDFs are read here only: PDF.js stays out of the page's files.
serve(createTifaApi(undefined, { parse, decode: decodeFile }));
