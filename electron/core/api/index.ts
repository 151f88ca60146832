export { Engine, type EngineOptions } from './engine.js';
export { ApiError, toApiError } from './errors.js';
