/**
 * DEPLOY_TAG_INVALID: a VNet's tags break Azure's limits, or a tag key would be read as an option.
 * Azure (https://learn.microsoft.com/azure/azure-resource-manager/management/tag-resources#limitations): at most
 * 50 tags per resource, names up to 512 characters and values up to 256, no `<`, `>`, `%`, `&`, `\`, `?`, `/` in
 * names. Azure CLI: the bash export passes tags as `--tags key=value`; a key starting with `-` is parsed by az as
 * an option (`--tags '--subscription=...'`), so it is refused as well (issue 11, defect 8). An empty key is not
 * a tag Azure stores.
 */
import type { Design } from '../../../model/schema';
import type { Finding } from '../../types';
import { finding } from '../finding';
import { shown, TAG_LIMITS } from './azureFacts';
import { capPerCode } from './cap';

export function tagProblem(key: string, value: string): string | undefined {
  if (key.trim() === '') return 'has an empty name';
  if (key.length > TAG_LIMITS.maxKey) return `has a name longer than ${TAG_LIMITS.maxKey} characters`;
  if (TAG_LIMITS.forbiddenInKey.test(key)) return 'has a name containing one of < > % & \\ ? /';
  if (key.startsWith('-')) return "has a name starting with '-', which the Azure CLI reads as an option";
  if (value.length > TAG_LIMITS.maxValue) return `has a value longer than ${TAG_LIMITS.maxValue} characters`;
  return undefined;
}

export function tags(design: Design): Finding[] {
  const out: Finding[] = [];
  for (const v of design.vnets) {
    if (v.isPlaceholder || v.tags === undefined) continue;
    const entries = Object.entries(v.tags);
    if (entries.length > TAG_LIMITS.maxTags) {
      out.push(finding('DEPLOY_TAG_INVALID', `VNet ${shown(v.name)} has ${entries.length} tags: Azure allows at most ${TAG_LIMITS.maxTags} per resource.`, {
        vnets: [v.id], details: { vnet: v.name, tags: entries.length },
      }));
    }
    for (const [key, value] of entries) {
      const problem = tagProblem(key, value);
      if (!problem) continue;
      out.push(finding('DEPLOY_TAG_INVALID', `The tag ${shown(key, 60)} of VNet ${shown(v.name)} ${problem}.`, {
        vnets: [v.id], details: { vnet: v.name, tag: key.slice(0, 100) },
      }));
    }
  }
  return capPerCode(out);
}
