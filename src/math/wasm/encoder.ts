/**
 * A minimal WebAssembly binary encoder: enough to emit small SIMD modules from TypeScript, since no
 * toolchain (emscripten, wat2wasm) is available to the build. It writes the type, import (one
 * memory), function, export and code sections, and offers a function builder whose methods append
 * instructions in the binary format of the core spec and the fixed-width SIMD proposal.
 */

/** Value types (binary encoding). */
export const I32 = 0x7f;
export const F64 = 0x7c;
export const V128 = 0x7b;
export type ValType = typeof I32 | typeof F64 | typeof V128;

/** The space-separated words of S, as a union of string literal types. */
type Words<S extends string> = S extends `${infer A} ${infer B}` ? A | Words<B> : S;

/** SIMD opcodes (after the 0xFD prefix), from the SIMD proposal's BinarySIMD.md. */
export const SIMD = {
  load: 0x00,
  load64Splat: 0x0a,
  store: 0x0b,
  const: 0x0c,
  f64x2Splat: 0x14,
  f64x2Lt: 0x49,
  f64x2Gt: 0x4a,
  and: 0x4e,
  andnot: 0x4f,
  bitselect: 0x52,
  i64x2Shl: 0xcb,
  i64x2Add: 0xce,
  i64x2Sub: 0xd1,
  f64x2Neg: 0xed,
  f64x2Trunc: 0x7a,
  f64x2Sqrt: 0xef,
  f64x2Add: 0xf0,
  f64x2Sub: 0xf1,
  f64x2Mul: 0xf2,
  f64x2Div: 0xf3,
  f64x2Max: 0xf5,
} as const;

/** Core opcodes used by the builder. */
const OP = {
  block: 0x02,
  loop: 0x03,
  end: 0x0b,
  br: 0x0c,
  brIf: 0x0d,
  localGet: 0x20,
  localSet: 0x21,
  localTee: 0x22,
  i32Const: 0x41,
  i32Eqz: 0x45,
  i32LtU: 0x49,
  i32GeU: 0x4f,
  i32Add: 0x6a,
  i32Mul: 0x6c,
  simdPrefix: 0xfd,
  void: 0x40,
} as const;

/** Unsigned LEB128 of a value in [0, 2^32). */
export function uleb(out: number[], value: number): void {
  let v = value >>> 0;
  for (;;) {
    const byte = v & 0x7f;
    v >>>= 7;
    if (v === 0) {
      out.push(byte);
      return;
    }
    out.push(byte | 0x80);
  }
}

/** Signed LEB128 of a 32-bit integer. */
export function sleb(out: number[], value: number): void {
  let v = value | 0;
  for (;;) {
    const byte = v & 0x7f;
    v >>= 7;
    if ((v === 0 && (byte & 0x40) === 0) || (v === -1 && (byte & 0x40) !== 0)) {
      out.push(byte);
      return;
    }
    out.push(byte | 0x80);
  }
}

const f64Bytes = new DataView(new ArrayBuffer(8));

/** The 8 little-endian bytes of a float64. */
function pushF64(out: number[], x: number): void {
  f64Bytes.setFloat64(0, x, true);
  for (let i = 0; i < 8; i++) out.push(f64Bytes.getUint8(i));
}

/** Builds one function body; locals are numbered after the parameters, as in the binary format. */
export class FunctionBuilder {
  readonly code: number[] = [];
  private readonly localTypes: ValType[] = [];

  constructor(
    readonly params: readonly ValType[],
    readonly results: readonly ValType[] = [],
  ) {}

  /** Declares a local and returns its index. */
  local(type: ValType): number {
    this.localTypes.push(type);
    return this.params.length + this.localTypes.length - 1;
  }

  /** Declares one local per space-separated name: `const { a, b } = f.locals(I32, 'a b')`. */
  locals<const S extends string>(type: ValType, names: S): Record<Words<S>, number> {
    const out: Record<string, number> = {};
    for (const name of names.split(' ')) out[name] = this.local(type);
    return out as Record<Words<S>, number>;
  }

  get(i: number): this {
    this.code.push(OP.localGet);
    uleb(this.code, i);
    return this;
  }

  set(i: number): this {
    this.code.push(OP.localSet);
    uleb(this.code, i);
    return this;
  }

  tee(i: number): this {
    this.code.push(OP.localTee);
    uleb(this.code, i);
    return this;
  }

  i32(value: number): this {
    this.code.push(OP.i32Const);
    sleb(this.code, value);
    return this;
  }

  add(): this {
    this.code.push(OP.i32Add);
    return this;
  }

  mul(): this {
    this.code.push(OP.i32Mul);
    return this;
  }

  /** local i += step (i32). */
  inc(i: number, step: number): this {
    return this.get(i).i32(step).add().set(i);
  }

  /** A SIMD instruction without immediates. */
  v(op: number): this {
    this.code.push(OP.simdPrefix);
    uleb(this.code, op);
    return this;
  }

  /** A SIMD memory instruction; align is log2 of the alignment promised (a hint). */
  private mem(op: number, offset: number, align: number): this {
    this.v(op);
    uleb(this.code, align);
    uleb(this.code, offset);
    return this;
  }

  /** Pushes the v128 at address local ptr + offset. */
  load(ptr: number, offset = 0): this {
    return this.get(ptr).mem(SIMD.load, offset, 3);
  }

  /** Pushes the f64 at ptr + offset, splatted to both lanes. */
  loadSplat(ptr: number, offset = 0): this {
    return this.get(ptr).mem(SIMD.load64Splat, offset, 3);
  }

  /** Stores the v128 that value() pushes at ptr + offset. */
  store(ptr: number, offset: number, value: () => void): this {
    this.get(ptr);
    value();
    return this.mem(SIMD.store, offset, 3);
  }

  /** v128.const with both f64 lanes set to x. */
  splatF64(x: number): this {
    this.v(SIMD.const);
    pushF64(this.code, x);
    pushF64(this.code, x);
    return this;
  }

  /** v128.const with both i64 lanes set to hi * 2^32 + lo (each a uint32). */
  splatI64(hi: number, lo: number): this {
    this.v(SIMD.const);
    for (let lane = 0; lane < 2; lane++) {
      for (const word of [lo, hi])
        for (let b = 0; b < 4; b++) this.code.push((word >>> (8 * b)) & 0xff);
    }
    return this;
  }

  /**
   * for (; ptr < end; ptr += step) body(): a do-while under a guard, so zero iterations are fine.
   * ptr and end are i32 locals holding byte addresses.
   */
  forPtr(
    ptr: number,
    end: number,
    step: number | { readonly local: number },
    body: () => void,
  ): this {
    this.code.push(OP.block, OP.void);
    this.get(ptr).get(end).code.push(OP.i32GeU, OP.brIf, 0);
    this.code.push(OP.loop, OP.void);
    body();
    this.get(ptr);
    if (typeof step === 'number') this.i32(step);
    else this.get(step.local);
    this.add().tee(ptr).get(end).code.push(OP.i32LtU, OP.brIf, 0);
    this.code.push(OP.end, OP.end);
    return this;
  }

  /** while (cond() != 0) body(), cond pushing an i32. */
  whileTrue(cond: () => void, body: () => void): this {
    this.code.push(OP.block, OP.void, OP.loop, OP.void);
    cond();
    this.code.push(OP.i32Eqz, OP.brIf, 1);
    body();
    this.code.push(OP.br, 0, OP.end, OP.end);
    return this;
  }

  /** Pushes 1 when the two i32 on the stack compare a < b (unsigned). */
  ltU(): this {
    this.code.push(OP.i32LtU);
    return this;
  }

  /** The body in the code section's form: size, local declarations, instructions, end. */
  encode(): number[] {
    const body: number[] = [];
    uleb(body, this.localTypes.length);
    for (const t of this.localTypes) body.push(1, t);
    body.push(...this.code, OP.end);
    const out: number[] = [];
    uleb(out, body.length);
    out.push(...body);
    return out;
  }
}

function section(out: number[], id: number, content: number[]): void {
  out.push(id);
  uleb(out, content.length);
  out.push(...content);
}

function pushName(out: number[], name: string): void {
  const bytes = new TextEncoder().encode(name);
  uleb(out, bytes.length);
  out.push(...bytes);
}

/**
 * A module that imports one memory as (memModule, memName) with at least one page, and exports the
 * given functions by name.
 */
export function encodeModule(
  functions: readonly { readonly name: string; readonly fn: FunctionBuilder }[],
  memModule = 'env',
  memName = 'memory',
): Uint8Array<ArrayBuffer> {
  const out = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
  const types: number[] = [];
  uleb(types, functions.length);
  for (const { fn } of functions) {
    types.push(0x60);
    uleb(types, fn.params.length);
    types.push(...fn.params);
    uleb(types, fn.results.length);
    types.push(...fn.results);
  }
  section(out, 1, types);
  const imports: number[] = [1];
  pushName(imports, memModule);
  pushName(imports, memName);
  imports.push(0x02, 0x00, 0x01); // memory, limits: min 1 page, no max
  section(out, 2, imports);
  const funcs: number[] = [];
  uleb(funcs, functions.length);
  functions.forEach((_, i) => uleb(funcs, i));
  section(out, 3, funcs);
  const exports: number[] = [];
  uleb(exports, functions.length);
  functions.forEach(({ name }, i) => {
    pushName(exports, name);
    exports.push(0x00);
    uleb(exports, i);
  });
  section(out, 7, exports);
  const code: number[] = [];
  uleb(code, functions.length);
  for (const { fn } of functions) code.push(...fn.encode());
  section(out, 10, code);
  return new Uint8Array(out);
}
