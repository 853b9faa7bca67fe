/**
 * The package's library entry (`import { validate, toBicep } from 'vnet-peering-designer'`): the pure core
 * only (model, engine, export, import, share, plan), no React and no Node APIs, so it runs in Node, a
 * browser or a worker. Built to build/lib by scripts/build-cli.mjs, with types.
 */
export { parseDesign, parseDesignText, migrate, formatSchemaErrors, type SchemaError } from './model/parse';
export type * from './model/schema';
export { DESIGN_VERSION, DesignSchema } from './model/schema';
export { applyOp, applyOps, type DesignOp } from './model/ops';
export type { Result } from './model/result';
export * from './engine';
export { analyseReachability, reachBetween, explainReach, type ReachAnalysis } from './engine/reach';
export * from './export';
export { importAny, detectFormat, describeFormat, type ImportFormat, type ImportReport, type ImportResult, type SkippedItem } from './import';
export { encodeShare, decodeShare, shareUrl, SHARE_FORMAT_VERSION } from './share/share';
export { hubAndSpoke, mesh, checkHubSpokeOptions, checkMeshOptions } from './plan/templates';
export { addressPlanRows } from './plan/addressPlan';
