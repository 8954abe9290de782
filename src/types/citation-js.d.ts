/** The parts of citation-js this project uses (the package publishes no types). */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: { generateGraph?: boolean });
    data: Record<string, unknown>[];
    format(name: string, options?: Record<string, unknown>): string;
  }
  export const plugins: {
    config: { get(name: string): unknown };
    output: { format(name: string, data: unknown[], options?: Record<string, unknown>): string };
    input: unknown;
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
