/** The parts of datapackage (the Frictionless Data JavaScript library) the tests use; the package publishes no types. */
declare module 'datapackage' {
  export interface DescriptorError {
    message: string;
  }
  export interface Resource {
    name: string;
    tabular: boolean;
    descriptor: Record<string, unknown>;
    /** Rows cast to the schema's types; rejects on a type, primary-key, unique or foreign-key error. */
    read(options?: { keyed?: boolean; relations?: boolean; cast?: boolean }): Promise<Record<string, unknown>[]>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    valid: boolean;
    errors: DescriptorError[];
    profile: { name: string };
    descriptor: Record<string, unknown>;
    resources: Resource[];
    getResource(name: string): Resource | null;
  }
}
