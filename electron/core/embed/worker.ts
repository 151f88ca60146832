/**
 * Worker thread entry of an embedding job (bundled as out/node/embed-worker.js): loads the text
 * model once and embeds a chunk of products per item (the model is much faster on batches).
 */
import { serveJob } from '../jobs/serve.js';
import { loadTextModel, type TextModel } from './model.js';
import type { EmbedChunk, EmbedChunkResult } from './vectors.js';

let model: TextModel | null = null;

serveJob<EmbedChunk, EmbedChunkResult, { modelDir: string }>({
  async init(data) {
    model = await loadTextModel({ modelDir: data.modelDir });
  },
  async run(chunk) {
    const todo = chunk.rows.filter((r) => !r.known);
    const vectors = await model!.embed(todo.map((r) => r.text || ' '));
    return { model: model!.name, pids: todo.map((r) => r.pid), hashes: todo.map((r) => r.hash), vectors };
  },
});
