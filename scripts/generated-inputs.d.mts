/** Types of generated-inputs.mjs (plain JavaScript, so that `npm start` runs it without compiling). */
export declare const GENERATOR_INPUTS: readonly string[];
export declare const INPUTS_HASH_FILE: string;
/** The SHA-256 of every input file's path and content. */
export declare function hashGeneratorInputs(root: string): string;
/** Whether generated/ was generated from other inputs than those in the tree now. */
export declare function isGeneratedStale(root: string): boolean;
