export { projectInfo, type ProjectInfo } from './info.js';
