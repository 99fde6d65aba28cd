/// <reference lib="webworker" />
/** A parsing worker of the pool: a document's text in, its parsed articles (or its problem) out. */
import { expose } from "comlink";
import { prepareDocument } from "../db/prepare";

expose({ prepareDocument });
