import { describe, expect, it } from 'vitest';
import { design, route, routeTable, vnet } from '../../test/builders';
import { toTerraformFiles } from './terraform';

/** The quoted values of each `route { ... }` printed in the resource of route table `name`. */
function routesOf(main: string, name: string): string[] {
  const start = main.indexOf(`# Route table ${name}\n`);
  const block = main.slice(start, main.indexOf('\n}\n', start));
  return block.split('route {').slice(1).map((r) => [...r.matchAll(/= "([^"]*)"/g)].map((m) => m[1]).join(' '));
}

describe('Terraform route tables', () => {
  it('prints each table its own routes when consecutive tables share some or all of them', () => {
    // (the plan sorts a table's routes by name)
    const fw = route('to-fw', '0.0.0.0/0', 'VirtualAppliance', '10.0.1.4');
    const d = design([vnet('hub', ['10.0.0.0/16'])], [], {
      routeTables: [
        routeTable('a', [fw]),
        routeTable('b', [{ ...fw }]),
        routeTable('c', [route('to-fw', '0.0.0.0/0', 'VirtualAppliance', '10.0.1.5')]),
        routeTable('d', [route('to-fw', '0.0.0.0/0', 'VirtualAppliance')]),
        routeTable('e', [fw, route('none', '10.9.0.0/16', 'None')]),
        routeTable('f', [route('none', '10.9.0.0/16', 'None')]),
        routeTable('g', [fw]),
      ],
    });
    const main = toTerraformFiles(d).files['main.tf'] ?? '';
    expect(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((n) => routesOf(main, n))).toEqual([
      ['to-fw 0.0.0.0/0 VirtualAppliance 10.0.1.4'],
      ['to-fw 0.0.0.0/0 VirtualAppliance 10.0.1.4'],
      ['to-fw 0.0.0.0/0 VirtualAppliance 10.0.1.5'],
      ['to-fw 0.0.0.0/0 VirtualAppliance'],
      ['none 10.9.0.0/16 None', 'to-fw 0.0.0.0/0 VirtualAppliance 10.0.1.4'],
      ['none 10.9.0.0/16 None'],
      ['to-fw 0.0.0.0/0 VirtualAppliance 10.0.1.4'],
    ]);
  });

  it('closes the resource of a table without routes, first in its group or after one with routes', () => {
    const d = design([vnet('hub', ['10.0.0.0/16'])], [], {
      routeTables: [routeTable('a-empty', []), routeTable('b', [route('none', '10.9.0.0/16', 'None')]), routeTable('c-empty', []), routeTable('d-empty', [])],
    });
    const main = toTerraformFiles(d).files['main.tf'] ?? '';
    for (const name of ['a-empty', 'c-empty', 'd-empty']) {
      const start = main.indexOf(`# Route table ${name}\n`);
      const block = main.slice(start, main.indexOf('\n}\n', start) + 2);
      expect(block, name).toMatch(/bgp_route_propagation_enabled = true\n}$/);
      expect(routesOf(main, name)).toEqual([]);
    }
    expect(routesOf(main, 'b')).toEqual(['none 10.9.0.0/16 None']);
    expect(main.split('{').length).toBe(main.split('}').length);
  });
});
