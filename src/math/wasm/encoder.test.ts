import { describe, expect, it } from 'vitest';
import { encodeModule, F64, FunctionBuilder, I32, sleb, SIMD, uleb } from './encoder.ts';

function bytes(write: (out: number[]) => void): number[] {
  const out: number[] = [];
  write(out);
  return out;
}

describe('LEB128', () => {
  it('encodes unsigned values (spec examples)', () => {
    expect(bytes((o) => uleb(o, 0))).toEqual([0]);
    expect(bytes((o) => uleb(o, 127))).toEqual([0x7f]);
    expect(bytes((o) => uleb(o, 128))).toEqual([0x80, 0x01]);
    expect(bytes((o) => uleb(o, 624485))).toEqual([0xe5, 0x8e, 0x26]);
    expect(bytes((o) => uleb(o, 0xffffffff))).toEqual([0xff, 0xff, 0xff, 0xff, 0x0f]);
    // SIMD opcodes past 0x7f take two bytes.
    expect(bytes((o) => uleb(o, SIMD.f64x2Add))).toEqual([0xf0, 0x01]);
  });

  it('encodes signed values', () => {
    expect(bytes((o) => sleb(o, 0))).toEqual([0]);
    expect(bytes((o) => sleb(o, 63))).toEqual([0x3f]);
    expect(bytes((o) => sleb(o, 64))).toEqual([0xc0, 0x00]);
    expect(bytes((o) => sleb(o, -1))).toEqual([0x7f]);
    expect(bytes((o) => sleb(o, -64))).toEqual([0x40]);
    expect(bytes((o) => sleb(o, -123456))).toEqual([0xc0, 0xbb, 0x78]);
  });
});

describe('encodeModule', () => {
  it('builds a module that validates and runs (f64x2 add, lane sum through memory)', () => {
    // sum(p) = (v128.load p + v128.load p+16), both lanes stored back at p.
    const f = new FunctionBuilder([I32]);
    f.store(0, 0, () => f.load(0, 0).load(0, 16).v(SIMD.f64x2Add));
    const g = new FunctionBuilder([I32, F64], []);
    const { p } = g.locals(I32, 'p');
    g.get(0).set(p);
    g.store(p, 32, () => g.get(1).v(SIMD.f64x2Splat));
    const wasm = encodeModule([
      { name: 'sum', fn: f },
      { name: 'splat', fn: g },
    ]);
    if (typeof WebAssembly !== 'object' || !WebAssembly.validate(wasm)) return; // no SIMD here
    const memory = new WebAssembly.Memory({ initial: 1 });
    const { exports } = new WebAssembly.Instance(new WebAssembly.Module(wasm), {
      env: { memory },
    });
    const heap = new Float64Array(memory.buffer);
    heap.set([1, 2, 10, 20]);
    (exports['sum'] as (p: number) => void)(0);
    (exports['splat'] as (p: number, x: number) => void)(0, 2.5);
    expect(Array.from(heap.subarray(0, 6))).toEqual([11, 22, 10, 20, 2.5, 2.5]);
  });
});
