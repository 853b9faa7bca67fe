import { describe, expect, it } from 'vitest';
import { design, vnet } from '../../../../test/builders';
import { tagProblem, tags } from './tags';

describe('DEPLOY_TAG_INVALID', () => {
  it("applies Azure's tag limits and refuses keys the Azure CLI reads as options", () => {
    expect(tagProblem('env', 'prod')).toBeUndefined();
    expect(tagProblem('k'.repeat(512), 'v'.repeat(256))).toBeUndefined();
    expect(tagProblem('k'.repeat(513), 'v')).toContain('512');
    expect(tagProblem('k', 'v'.repeat(257))).toContain('256');
    for (const c of ['<', '>', '%', '&', '\\', '?', '/']) expect(tagProblem(`a${c}b`, 'v'), c).toContain('< > %');
    expect(tagProblem('--subscription=x', 'v')).toContain("starting with '-'");
    expect(tagProblem('-', 'v')).toContain("starting with '-'");
    expect(tagProblem(' ', 'v')).toBe('has an empty name');
    expect(tagProblem('a-b', '-v')).toBeUndefined();
  });

  it('fires per bad tag and once for more than 50 tags, naming the VNet', () => {
    const many = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`t${i}`, 'v']));
    const d = design([
      vnet('a', ['10.0.0.0/16'], { tags: { 'cost/center': '1', ok: 'yes', '--subscription=evil': 'x' } }),
      vnet('b', ['10.1.0.0/16'], { tags: many }),
      vnet('c', ['10.2.0.0/16'], { tags: Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`t${i}`, 'v'])) }),
    ]);
    const found = tags(d);
    expect(found.map((f) => [f.vnets[0], f.severity])).toEqual([['a', 'error'], ['a', 'error'], ['b', 'error']]);
    expect(found[2]?.message).toBe("VNet 'b' has 51 tags: Azure allows at most 50 per resource.");
    expect(found[1]?.message).toContain("the Azure CLI reads as an option");
  });

  it('does not fire without tags or on placeholders', () => {
    expect(tags(design([vnet('a', ['10.0.0.0/16']), vnet('p', ['10.1.0.0/16'], { isPlaceholder: true, tags: { '-x': '' } })]))).toEqual([]);
  });
});
