/** The engine's public surface: validate, the quick-fix applier, the shared design index, the catalogue. */
export { validate, compareFindings } from './validate';
export { applyFix } from './applyFix';
export { designIndex, type DesignIndex, type ParsedPrefix, type SubnetRef } from './designIndex';
export { CATALOGUE, FINDING_CODES, docsAnchor, type FindingCode, type CodeInfo } from './catalogue';
export type { Finding, Fix, Severity } from './types';
