/** The topology templates: pure functions `(options, existingDesign?) -> Result<Design, message>`. */
export { hubAndSpoke, checkHubSpokeOptions } from './hubSpoke';
export { mesh, checkMeshOptions } from './mesh';
export { multiRegionHubAndSpoke, checkMultiRegionOptions, regionBlockLength } from './multiRegion';
export {
  DEFAULT_HUB_SPOKE, DEFAULT_MESH, DEFAULT_MULTI_REGION, DEFAULT_SERVICES, PRIVATE_BLOCKS, normaliseRegion,
  type GatewayChoice, type HubServices, type HubSpokeOptions, type MeshOptions, type MultiRegionOptions,
  type SpokeRouting, type SpokeSubscriptions,
} from './options';
export { emptyDesign, usedRanges } from './builder';
