import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The text model: @huggingface/transformers (the maintained successor of @xenova/transformers). It
 * loads the same model folder about 2x faster here (1,327 vs 696 embeddings/s, q8, batch 32; see
 * ../shared/notes/toolchain.md). Remote loading is switched off: only a local folder is ever read.
 */
export const DEFAULT_MODEL = 'use-lite-en';

export interface TextModelOptions {
  /** A transformers.js model folder (with onnx/ and tokenizer.json); default: the bundled use-lite-en. */
  modelDir?: string;
}

export interface TextModel {
  name: string;
  dims: number;
  embed(texts: string[]): Promise<Float32Array[]>;
}

/** Walks up from this file to the folder holding resources/models (source tree, out/node bundle, or app). */
export function bundledModelDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'resources', 'models', DEFAULT_MODEL);
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  const fromCwd = resolve('resources', 'models', DEFAULT_MODEL);
  if (existsSync(fromCwd)) return fromCwd;
  throw new Error(`the bundled text model ${DEFAULT_MODEL} was not found under resources/models`);
}

const cache = new Map<string, Promise<TextModel>>();

/** The model folder these options name (the bundled model unless told otherwise). */
export function modelDirOf(opts: TextModelOptions = {}): string {
  return resolve(opts.modelDir ?? process.env.CATALOG_DOCTOR_MODEL_DIR ?? bundledModelDir());
}

export function loadTextModel(opts: TextModelOptions = {}): Promise<TextModel> {
  const dir = modelDirOf(opts);
  let m = cache.get(dir);
  if (!m) cache.set(dir, (m = load(dir)));
  return m;
}

async function load(dir: string): Promise<TextModel> {
  if (!existsSync(join(dir, 'tokenizer.json'))) throw new Error(`${dir}: not a transformers.js model folder (no tokenizer.json)`);
  const { pipeline, env } = await import('@huggingface/transformers');
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = dirname(dir) + '/';
  // q8 loads onnx/model_quantized.onnx, the only weights shipped; 4.x ignores the old `quantized: true`.
  const dtype = existsSync(join(dir, 'onnx', 'model_quantized.onnx')) ? 'q8' : 'fp32';
  const extractor = await pipeline('feature-extraction', basename(dir), { dtype });
  let dims = 0;
  return {
    name: basename(dir),
    get dims() {
      return dims;
    },
    async embed(texts: string[]) {
      if (texts.length === 0) return [];
      const t = await extractor(texts, { pooling: 'mean', normalize: true });
      dims = t.dims[1] as number;
      const data = t.data as Float32Array;
      return texts.map((_, i) => data.slice(i * dims, (i + 1) * dims));
    },
  };
}
