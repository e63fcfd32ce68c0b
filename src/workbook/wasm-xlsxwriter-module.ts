/**
 * The one place wasm-xlsxwriter is loaded. The package is ESM only, while the CLI is compiled to
 * CommonJS and jest runs tests as CommonJS. Node (≥ 20.19) can require() a synchronous ES module,
 * so the package is loaded with Node's own `createRequire`. Under jest, `node:module` is a
 * subclass of Node's Module whose own `createRequire` goes through jest's registry, which refuses
 * ESM before Node 24.9; Node's `createRequire` is still there on the class it extends. So the
 * loader takes the `createRequire` of the last class in the chain that defines one: Node's own,
 * both in the CLI (where the chain has just Node's class) and under jest.
 * The WebAssembly is instantiated once, on first use.
 */
import nodeModule from 'node:module';
import type * as WasmXlsxwriter from 'wasm-xlsxwriter' with { 'resolution-mode': 'import' };

export type Xlsx = typeof WasmXlsxwriter;

type CreateRequire = typeof nodeModule.createRequire;

function nodeCreateRequire(): CreateRequire {
  let found: CreateRequire | undefined;
  for (let cls: unknown = nodeModule; typeof cls === 'function'; cls = Object.getPrototypeOf(cls)) {
    if (Object.prototype.hasOwnProperty.call(cls, 'createRequire'))
      found = (cls as unknown as { createRequire: CreateRequire }).createRequire;
  }
  return found ?? nodeModule.createRequire;
}

let loaded: Xlsx | undefined;

export function xlsxwriter(): Xlsx {
  loaded ??= nodeCreateRequire()(__filename)('wasm-xlsxwriter') as Xlsx;
  return loaded;
}
