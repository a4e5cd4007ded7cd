// Types of server.mjs, for the TypeScript benchmarks that serve dist/ the same way.
export declare function startStaticServer(
  root: string,
): Promise<{ url: string; close: () => Promise<void> }>;
