export { startBridge, type Bridge, type BridgeOptions } from './server.js';
export { CSP } from './security.js';
export { appRoot, appVersion, rendererDir, sampleCatalog } from './paths.js';
