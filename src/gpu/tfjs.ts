/**
 * tfjs as the posterior surfaces use it: the core ops on the WebGL backend. The umbrella
 * `@tensorflow/tfjs` would add layers, the converter, data and the CPU backend, none of which a
 * surface touches (the CPU path is the float64 workers), at about 110 KB gzip more per chunk.
 * Loaded with `import()` by webglBackend.ts, so none of it is in the first screen.
 */
import '@tensorflow/tfjs-backend-webgl';

export * from '@tensorflow/tfjs-core';
