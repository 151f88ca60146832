/**
 * Audit: marketplace profiles (shared/profiles/*.json), catalog consistency rules, findings and
 * the quality score. `runAudit` writes the findings table (and rule suggestions); the report
 * functions read it back.
 */
export {
  runAudit,
  auditProject,
  AuditError,
  RULES_VERSION,
  type AuditOptions,
  type AuditJobOptions,
  type AuditRun,
} from './engine.js';
export { iterateFindings, summarise, type FindingRow, type AuditSummary } from './report.js';
export { catalogScore, productScores, grade, type ScoreSummary } from './score.js';
export { auditProfiles, auditProfile, PROFILE_NAMES, ProfileSchema, type Profile } from './profiles/index.js';
export { clusterValues, canonicalMap, type Cluster } from './clustering/cluster.js';
export { fingerprint, ngramFingerprint } from './text/fingerprint.js';
export type { Finding, Severity, AuditProduct } from './types.js';
