/// <reference lib="webworker" />
/** The worker: the services behind one comlink endpoint, off the page's thread. */
import { createTifaApi } from "../services";
import { serve } from "./endpoint";

serve(createTifaApi());
